package dev.spgateway.order.boundary;

import dev.spgateway.amazon.control.AmazonOrders;
import dev.spgateway.amazon.control.SpApiCredentials;
import dev.spgateway.amazon.control.SpApiFailure;
import dev.spgateway.order.control.BuyerData;
import dev.spgateway.order.control.BuyerDataCache;
import dev.spgateway.order.control.BuyerEmails;
import dev.spgateway.order.control.StoredOrders;
import dev.spgateway.order.entity.OrderSync;
import dev.spgateway.order.entity.StoreOrder;
import dev.spgateway.store.control.StoreReference;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Brings a store's orders up to date with searchOrders from its watermark, one instance at a time per store:
 * page after page while the usage plan has a request to spare, each saved in its own transaction with the
 * walk's token, so a restart or the next caller continues where this one stopped.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class OrderSyncs {

    private static final Logger LOG = Logger.getLogger(OrderSyncs.class.getName());
    private static final String INSTANCE = UUID.randomUUID().toString();
    /** The stores this instance is syncing or filling right now (a session bean has many instances). */
    private static final Set<String> WORKING = ConcurrentHashMap.newKeySet();

    @EJB
    OrderStore store;

    @Inject
    AmazonOrders amazon;

    @Inject
    BuyerDataCache buyerData;

    @EJB
    OrderBackfill backfills;

    /** Whether a new store's history comes from the flat-file order report first. */
    @Inject
    @ConfigProperty(name = "spgateway.order.backfill")
    boolean backfill;

    /** searchOrders requests the fill leaves in the bucket, so that the next sync of readers never waits. */
    static final int FILL_RESERVE = 1;

    @Inject
    BuyerEmails emails;

    @Inject
    @ConfigProperty(name = "spgateway.order.history")
    Duration history;

    /** Longer than a walk can take within the throttle wait of each page. */
    @Inject
    @ConfigProperty(name = "spgateway.order.sync-lease")
    Duration lease;

    private final Clock clock = Clock.systemUTC();

    /** Syncs unless another caller is at it; returns the sync state afterwards. */
    public Optional<OrderSync> sync(StoreReference reference, Supplier<SpApiCredentials> credentials) {
        String storeId = reference.id();
        store.ensureSync(storeId, clock.instant(), history);
        Optional<OrderSync> claimed = claim(storeId);
        if (claimed.isEmpty()) {
            Optional<OrderSync> current = store.sync(storeId);
            if (backfill && current.filter(OrderSync::needsBackfill).isPresent()) {
                // another caller is getting the history: this one has nothing complete to answer from yet
                throw OrderBackfill.notReady(current.get().backfillJob().flatMap(backfills::requestId)
                        .orElse("pending"));
            }
            return current;
        }
        OrderSync sync = claimed.get();
        boolean ranThrough = false;
        try {
            SpApiCredentials creds = credentials.get();
            if (backfill && sync.needsBackfill()) {
                sync = backfills.backfill(reference, creds, sync);
            }
            do {
                sync = page(reference, creds, sync);
            } while (sync.pageToken().isPresent());
            ranThrough = true;
        } catch (SpApiFailure e) {
            if (e.status() != 429) {
                throw e;
            }
            // the usage plan has no request left within the allowed wait: the next sync continues the walk
            LOG.fine(() -> "order sync of store " + storeId + " paused by the usage plan");
            ranThrough = true;
        } finally {
            release(storeId, ranThrough);
        }
        return store.sync(storeId);
    }

    /**
     * The store's lease. The database decides between instances; within this one, where the lease's holder is
     * the same for every thread, a set of the stores being worked on keeps a second thread out.
     */
    private Optional<OrderSync> claim(String storeId) {
        if (!WORKING.add(storeId)) {
            return Optional.empty();
        }
        Optional<OrderSync> claimed = Optional.empty();
        try {
            claimed = store.claim(storeId, INSTANCE, clock.instant(), lease);
            return claimed;
        } finally {
            if (claimed.isEmpty()) {
                WORKING.remove(storeId);
            }
        }
    }

    private void release(String storeId, boolean ranThrough) {
        try {
            store.release(storeId, clock.instant(), ranThrough);
        } finally {
            WORKING.remove(storeId);
        }
    }

    /**
     * Fills in what the order report lacks (order item ids, ship-by windows) by a walk of searchOrders over the
     * orders created in the report's period, taking only requests the usage plan has to spare right now and
     * leaving {@link #FILL_RESERVE} for the readers' syncs: never a wait, never a 429. Each page is saved with
     * the walk's token, so a restart goes on where it stopped. Answers whether there is more to fill.
     */
    public boolean fill(StoreReference reference, Supplier<SpApiCredentials> credentials) {
        String storeId = reference.id();
        Optional<OrderSync> pending = store.sync(storeId).filter(s -> s.fillFrom().isPresent());
        if (pending.isEmpty()) {
            return false;
        }
        Optional<OrderSync> claimed = claim(storeId);
        if (claimed.isEmpty()) {
            return true;
        }
        OrderSync sync = claimed.get();
        try {
            SpApiCredentials creds = credentials.get();
            while (sync.fillFrom().isPresent() && amazon.searchHasSpare(creds, FILL_RESERVE)) {
                boolean personal = sync.buyerData() == OrderSync.BuyerData.ALLOWED;
                AmazonOrders.OrderPage page = amazon.searchCreated(creds, sync.fillFrom().get(),
                        sync.backfillEnd().orElseThrow(), reference.marketplaceIds(), personal, sync.fillToken());
                List<StoreOrder> orders = page.orders().stream().map(o -> remember(storeId, o)).toList();
                sync = store.saveFillPage(storeId, orders, page.nextToken());
            }
            return sync.fillFrom().isPresent();
        } catch (SpApiFailure e) {
            // the plan had nothing left after all, or Amazon failed: the next tick or read goes on from the token
            LOG.fine(() -> "filling in the orders of store " + storeId + " paused: " + e.getMessage());
            return true;
        } finally {
            release(storeId, false);
        }
    }

    private OrderSync page(StoreReference reference, SpApiCredentials creds, OrderSync sync) {
        boolean personal = sync.buyerData() != OrderSync.BuyerData.REFUSED;
        AmazonOrders.OrderPage page;
        OrderSync.BuyerData answer = sync.buyerData();
        try {
            page = amazon.searchUpdated(creds, sync.watermark(), reference.marketplaceIds(), personal,
                    sync.pageToken());
            answer = personal ? OrderSync.BuyerData.ALLOWED : answer;
        } catch (AmazonOrders.BuyerDataRefused refused) {
            answer = OrderSync.BuyerData.REFUSED;
            page = amazon.searchUpdated(creds, sync.watermark(), reference.marketplaceIds(), false, sync.pageToken());
        }
        List<StoreOrder> orders = page.orders().stream().map(o -> remember(reference.id(), o)).toList();
        return store.savePage(reference.id(), orders, page.nextToken(), page.lastUpdatedBefore(), answer,
                clock.instant());
    }

    /** One order fetched again, as a notification or an order.info of an unknown id asks. */
    public Optional<StoreOrder> refresh(StoreReference reference, SpApiCredentials creds, String orderId) {
        boolean personal = store.sync(reference.id()).map(s -> s.buyerData() != OrderSync.BuyerData.REFUSED)
                .orElse(true);
        Optional<JsonObject> order;
        try {
            order = amazon.getOrder(creds, orderId, personal);
        } catch (AmazonOrders.BuyerDataRefused refused) {
            order = amazon.getOrder(creds, orderId, false);
        }
        Optional<StoreOrder> row = order.map(o -> remember(reference.id(), o));
        row.ifPresent(store::saveOrder);
        return row;
    }

    private StoreOrder remember(String storeId, JsonObject order) {
        StoreOrder row = StoredOrders.of(storeId, order);
        BuyerData.of(order).ifPresent(data -> {
            buyerData.put(storeId, row.orderId(), data);
            if (!data.email().isBlank()) {
                row.withBuyerEmailHash(emails.hash(storeId, data.email()));
            }
        });
        return row;
    }
}
