package dev.spgateway.order.boundary;

import dev.spgateway.order.control.OrderFilter;
import dev.spgateway.order.control.OrderPage;
import dev.spgateway.order.control.OrderQuery;
import dev.spgateway.order.control.OrderSlice;
import dev.spgateway.order.control.StoredOrders;
import dev.spgateway.order.entity.OrderSync;
import dev.spgateway.order.entity.StoreOrder;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The stores' orders and their sync state in the database, each method its own short transaction: nothing
 * here waits for Amazon.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class OrderStore {

    @PersistenceContext
    EntityManager em;

    public Optional<OrderSync> sync(String storeId) {
        return Optional.ofNullable(em.find(OrderSync.class, storeId));
    }

    /** The store's sync row, made on first use with its history window. */
    public void ensureSync(String storeId, Instant now, Duration history) {
        if (em.find(OrderSync.class, storeId) == null) {
            try {
                em.persist(new OrderSync(storeId, now, history));
                em.flush();
            } catch (PersistenceException another) {
                // another instance made it first; the primary key kept one row
            }
        }
    }

    /** The lease if no one else holds it: the database decides between instances in one update. */
    public Optional<OrderSync> claim(String storeId, String holder, Instant now, Duration lease) {
        int updated = em.createNamedQuery(OrderSync.ACQUIRE).setParameter("holder", holder)
                .setParameter("until", now.plus(lease)).setParameter("storeId", storeId).setParameter("now", now)
                .executeUpdate();
        return updated == 1 ? Optional.ofNullable(em.find(OrderSync.class, storeId)) : Optional.empty();
    }

    /** Saves one page of orders and where the walk stands, together. */
    public OrderSync savePage(String storeId, List<StoreOrder> orders, Optional<String> nextToken, Instant windowEnd,
            OrderSync.BuyerData buyerData, Instant now) {
        upsert(storeId, orders);
        OrderSync sync = em.find(OrderSync.class, storeId);
        sync.buyerData(buyerData);
        sync.pageSaved(nextToken, windowEnd, now);
        return sync;
    }

    private void upsert(String storeId, List<StoreOrder> orders) {
        for (StoreOrder order : orders) {
            StoreOrder stored = em.find(StoreOrder.class, new StoreOrder.Key(storeId, order.orderId()));
            if (stored == null) {
                em.persist(order);
            } else {
                stored.update(order, StoredOrders::withReportedState);
            }
        }
    }

    /** The report job of the store's back-fill (null: none, a new one is asked for). */
    public void backfillRequested(String storeId, String jobId) {
        em.find(OrderSync.class, storeId).backfillRequested(jobId);
    }

    /** Orders of the order report, merged with what is stored (a newer state is never replaced). */
    public void saveReported(List<StoreOrder> orders) {
        if (!orders.isEmpty()) {
            upsert(orders.get(0).storeId(), orders);
        }
    }

    /** The report's orders are all stored: searchOrders goes on from its end. */
    public OrderSync backfilled(String storeId, Instant start, Instant end) {
        OrderSync sync = em.find(OrderSync.class, storeId);
        sync.backfilled(start, end);
        return sync;
    }

    /** One page of the walk that fills in what the report lacks, saved with where the walk stands. */
    public OrderSync saveFillPage(String storeId, List<StoreOrder> orders, Optional<String> nextToken) {
        upsert(storeId, orders);
        OrderSync sync = em.find(OrderSync.class, storeId);
        sync.fillPageSaved(nextToken);
        return sync;
    }

    /** Stores whose orders the report gave still wait for the Orders API's details. */
    public List<String> fillsPending() {
        return em.createNamedQuery(OrderSync.FIND_FILL_PENDING, String.class).getResultList();
    }

    /** One order as getOrder answered it, outside any walk. */
    public void saveOrder(StoreOrder order) {
        upsert(order.storeId(), List.of(order));
    }

    public void release(String storeId, Instant now, boolean ranThrough) {
        OrderSync sync = em.find(OrderSync.class, storeId);
        if (sync != null) {
            sync.release(now, ranThrough);
        }
    }

    public OrderSlice page(String storeId, OrderFilter filter, OrderPage page) {
        return new OrderQuery(em, storeId, filter).page(page);
    }

    public long count(String storeId, OrderFilter filter) {
        return new OrderQuery(em, storeId, filter).count();
    }

    public Optional<StoreOrder> find(String storeId, String orderId) {
        return Optional.ofNullable(em.find(StoreOrder.class, new StoreOrder.Key(storeId, orderId)));
    }
}
