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

    @EJB
    OrderStore store;

    @Inject
    AmazonOrders amazon;

    @Inject
    BuyerDataCache buyerData;

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
        Optional<OrderSync> claimed = store.claim(storeId, INSTANCE, clock.instant(), lease);
        if (claimed.isEmpty()) {
            return store.sync(storeId);
        }
        OrderSync sync = claimed.get();
        boolean ranThrough = false;
        try {
            SpApiCredentials creds = credentials.get();
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
            store.release(storeId, clock.instant(), ranThrough);
        }
        return store.sync(storeId);
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
