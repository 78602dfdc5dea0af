package dev.spgateway.order.control;

import dev.spgateway.order.entity.StoreOrder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A filter of the API as a query over the store's stored orders; the order id breaks ties in any sort, so a
 * row's (sort key, order id) is unique and a page can be anchored on it.
 */
public final class OrderQuery {

    private final EntityManager em;
    private final String storeId;
    private final OrderFilter filter;

    public OrderQuery(EntityManager em, String storeId, OrderFilter filter) {
        this.em = em;
        this.storeId = storeId;
        this.filter = filter;
    }

    /** One more row than asked for is read, to tell whether the list goes on. */
    public OrderSlice page(OrderPage page) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<StoreOrder> q = cb.createQuery(StoreOrder.class);
        Root<StoreOrder> o = q.from(StoreOrder.class);
        List<Predicate> where = predicates(cb, o);
        page.anchor().ifPresent(anchor -> where.add(beyond(cb, o, anchor, page.backward() != filter.descending())));
        q.select(o).where(where.toArray(Predicate[]::new));
        Path<Comparable<Object>> key = sortKey(o);
        Path<String> id = o.get("orderId");
        boolean descending = page.backward() != filter.descending();
        q.orderBy(descending ? List.of(cb.desc(key), cb.desc(id)) : List.of(cb.asc(key), cb.asc(id)));
        List<StoreOrder> rows = new ArrayList<>(em.createQuery(q).setFirstResult(page.byKey() ? 0 : page.start())
                .setMaxResults(page.count() + 1).getResultList());
        boolean more = rows.size() > page.count();
        if (more) {
            rows.remove(rows.size() - 1);
        }
        if (!page.byKey()) {
            return new OrderSlice(rows, page.start() > 0, more);
        }
        if (page.backward()) {
            Collections.reverse(rows);
            return new OrderSlice(rows, more, page.anchor().isPresent());
        }
        return new OrderSlice(rows, true, more);
    }

    /** The anchor of a row: the value it is sorted by, and its id. */
    public static OrderPage.Anchor anchorOf(StoreOrder row, String sortBy) {
        return new OrderPage.Anchor(switch (sortBy) {
            case "order_id" -> row.orderId();
            case "modified_at" -> row.modifiedAt().toString();
            default -> row.createdAt().toString();
        }, row.orderId());
    }

    /** Rows strictly after the anchor in ascending (key, id) order, or strictly before it. */
    private Predicate beyond(CriteriaBuilder cb, Root<StoreOrder> o, OrderPage.Anchor anchor, boolean below) {
        Path<String> id = o.get("orderId");
        if (filter.sortBy().equals("order_id")) {
            return below ? cb.lessThan(id, anchor.orderId()) : cb.greaterThan(id, anchor.orderId());
        }
        Path<Instant> key = o.get(filter.sortBy().equals("modified_at") ? "modifiedAt" : "createdAt");
        Instant at = Instant.parse(anchor.sortKey());
        Predicate sameKey = cb.equal(key, at);
        return below ? cb.or(cb.lessThan(key, at), cb.and(sameKey, cb.lessThan(id, anchor.orderId())))
                : cb.or(cb.greaterThan(key, at), cb.and(sameKey, cb.greaterThan(id, anchor.orderId())));
    }

    private Path<Comparable<Object>> sortKey(Root<StoreOrder> o) {
        return o.get(switch (filter.sortBy()) {
            case "order_id" -> "orderId";
            case "modified_at" -> "modifiedAt";
            default -> "createdAt";
        });
    }

    public long count() {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> q = cb.createQuery(Long.class);
        Root<StoreOrder> o = q.from(StoreOrder.class);
        q.select(cb.count(o)).where(predicates(cb, o).toArray(Predicate[]::new));
        return em.createQuery(q).getSingleResult();
    }

    private List<Predicate> predicates(CriteriaBuilder cb, Root<StoreOrder> o) {
        List<Predicate> p = new ArrayList<>();
        p.add(cb.equal(o.get("storeId"), storeId));
        if (!filter.orderIds().isEmpty()) {
            p.add(o.get("orderId").in(filter.orderIds()));
        }
        if (!filter.statuses().isEmpty()) {
            p.add(o.get("status").in(filter.statuses()));
        }
        Path<Instant> created = o.get("createdAt");
        Path<Instant> modified = o.get("modifiedAt");
        filter.createdFrom().ifPresent(at -> p.add(cb.greaterThanOrEqualTo(created, at)));
        filter.createdTo().ifPresent(at -> p.add(cb.lessThanOrEqualTo(created, at)));
        filter.modifiedFrom().ifPresent(at -> p.add(cb.greaterThanOrEqualTo(modified, at)));
        filter.modifiedTo().ifPresent(at -> p.add(cb.lessThanOrEqualTo(modified, at)));
        filter.storeId().ifPresent(id -> p.add(cb.equal(o.get("marketplaceId"), id)));
        filter.fulfillmentChannel().ifPresent(c -> p.add(cb.equal(o.get("fulfillmentChannel"), c)));
        filter.emailHashes().ifPresent(hashes -> p.add(hashes.isEmpty() ? cb.disjunction()
                : o.get("buyerEmailHash").in(hashes)));
        return p;
    }
}
