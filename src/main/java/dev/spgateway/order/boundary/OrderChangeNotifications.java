package dev.spgateway.order.boundary;

import dev.spgateway.api.control.ApiCall;
import dev.spgateway.api.control.Caller;
import dev.spgateway.api.control.Envelope;
import dev.spgateway.order.control.OrderChangeNotice;
import dev.spgateway.platform.boundary.WaitingCalls;
import dev.spgateway.store.boundary.Stores;
import dev.spgateway.store.control.AmazonNotificationHandler;
import dev.spgateway.store.control.StoreReference;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;

/**
 * {@code ORDER_CHANGE}, relayed by a client: each of the caller's stores of that seller (and marketplace)
 * fetches the order again with getOrder (0.5 requests a second, burst 30, through the store's usage plan) and
 * saves it before the answer, so the change shows in the next order.info. {@code updated_items} counts the
 * stores whose order was refreshed; an order Amazon does not know changes nothing.
 */
@ApplicationScoped
public class OrderChangeNotifications implements AmazonNotificationHandler {

    @EJB
    Stores stores;

    @EJB
    OrderSyncs syncs;

    @Inject
    WaitingCalls calls;

    @Override
    public String notificationType() {
        return OrderChangeNotice.TYPE;
    }

    @Override
    public CompletionStage<Envelope> process(ApiCall call, Caller caller) {
        call.optional("EventTime").ifPresent(time -> OrderChangeNotice.checkTime("EventTime", time));
        OrderChangeNotice notice = OrderChangeNotice.parse(AmazonNotificationHandler.payload(call));
        List<StoreReference> affected = stores.ofSeller(caller, notice.sellerId()).stream()
                .filter(store -> notice.marketplaceId().map(store.marketplaceIds()::contains).orElse(true))
                .toList();
        if (affected.isEmpty()) {
            return updated(0).now();
        }
        return calls.submit(() -> updated((int) affected.stream().filter(store -> syncs.refresh(store,
                stores.credentials(store.id()), notice.amazonOrderId()).isPresent()).count()));
    }

    private static Envelope updated(int stores) {
        return Envelope.ok(Map.of("updated_items", stores));
    }
}
