package dev.spgateway.sandbox.orders;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.spgateway.sandbox.http.Json;
import dev.spgateway.sandbox.sellers.Seller;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Amazon's {@code ORDER_CHANGE} notifications (schema {@code OrderChangeNotification.json}, PascalCase keys)
 * for the changes of the order book: one per order placed or moved to another status within a period, as
 * Amazon would have sent them to a subscribed application. Tests relay them to the gateway.
 */
public final class OrderChanges {

    private static final Map<String, String> STATUS = Map.of("PENDING", "Pending", "UNSHIPPED", "Unshipped",
            "PARTIALLY_SHIPPED", "PartiallyShipped", "SHIPPED", "Shipped", "CANCELLED", "Canceled",
            "UNFULFILLABLE", "Unfulfillable", "PENDING_AVAILABILITY", "PendingAvailability");

    private final Clock clock;
    private final OrderLedger ledger;

    public OrderChanges(Clock clock, OrderLedger ledger) {
        this.clock = clock;
        this.ledger = ledger;
    }

    /** The notifications of the steps the seller's orders took after {@code since}, up to now, oldest first. */
    public List<ObjectNode> since(Seller seller, Instant since, String applicationId) {
        Instant now = clock.instant();
        return ledger.ordersAt(seller, now).stream()
                .filter(order -> order.lastUpdatedAt(now).isAfter(since))
                .sorted(java.util.Comparator.comparing((LedgerOrder o) -> o.lastUpdatedAt(now)))
                .map(order -> notification(seller, order, now, applicationId))
                .toList();
    }

    /** The notification of the order's latest step as of now. */
    public ObjectNode notification(Seller seller, LedgerOrder order, Instant now, String applicationId) {
        String status = order.statusAt(now);
        Instant changedAt = order.lastUpdatedAt(now);
        ObjectNode n = Json.object();
        n.put("NotificationVersion", "1.0");
        n.put("NotificationType", "ORDER_CHANGE");
        n.put("PayloadVersion", "1.0");
        n.put("EventTime", OrderJson.time(changedAt));
        ObjectNode change = n.putObject("Payload").putObject("OrderChangeNotification");
        change.put("NotificationLevel", "OrderLevel");
        change.put("SellerId", seller.sellerId());
        change.put("AmazonOrderId", order.orderId());
        change.put("OrderChangeType", "OrderStatusChange");
        ObjectNode trigger = change.putObject("OrderChangeTrigger");
        trigger.put("TimeOfOrderChange", OrderJson.time(changedAt));
        trigger.put("ChangeReason", "Order status changed to " + STATUS.get(status));
        ObjectNode summary = change.putObject("Summary");
        summary.put("MarketplaceId", order.marketplace().id());
        summary.put("OrderStatus", STATUS.get(status));
        summary.put("PurchaseDate", OrderJson.time(order.createdTime()));
        summary.put("DestinationPostalCode", order.buyer().postalCode());
        summary.put("FulfillmentType", order.amazonFulfilled() ? "AFN" : "MFN");
        summary.put("OrderType", "StandardOrder");
        boolean shipped = status.equals("SHIPPED");
        int quantity = order.items().stream().mapToInt(LedgerOrder.Item::quantity).sum();
        summary.put("NumberOfItemsShipped", shipped ? quantity : 0);
        summary.put("NumberOfItemsUnshipped", shipped || status.equals("CANCELLED") ? 0 : quantity);
        ArrayNode items = summary.putArray("OrderItems");
        for (LedgerOrder.Item item : order.items()) {
            ObjectNode i = items.addObject();
            i.put("OrderItemId", item.orderItemId());
            i.put("SellerSKU", item.sellerSku());
            i.putNull("SupplySourceId");
            i.put("OrderItemStatus", shipped ? "Shipped" : "Unshipped");
            i.put("Quantity", item.quantity());
            i.put("QuantityShipped", shipped ? item.quantity() : 0);
        }
        ObjectNode metadata = n.putObject("NotificationMetadata");
        metadata.put("ApplicationId", applicationId);
        metadata.put("SubscriptionId", "subscription-" + UUID.nameUUIDFromBytes(seller.sellerId().getBytes(
                java.nio.charset.StandardCharsets.UTF_8)));
        metadata.put("PublishTime", OrderJson.time(now));
        metadata.put("NotificationId", UUID.nameUUIDFromBytes((order.orderId() + '|' + changedAt)
                .getBytes(java.nio.charset.StandardCharsets.UTF_8)).toString());
        return n;
    }

    public java.util.Optional<ObjectNode> notification(Seller seller, String orderId, String applicationId) {
        Instant now = clock.instant();
        return ledger.find(seller, orderId, now).map(order -> notification(seller, order, now, applicationId));
    }
}
