package dev.spgateway.order.control;

import dev.spgateway.order.entity.StoreOrder;
import dev.spgateway.platform.control.JsonDocuments;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;
import java.util.Set;

/** Amazon's order as a row: the columns the API filters by and the document without buyer or recipient. */
public final class StoredOrders {

    private static final Set<String> PERSONAL = Set.of("buyer", "recipient");

    private StoredOrders() {
    }

    /**
     * A detailed order (from the Orders API) with a newer state from the order report: the report's status and
     * last update, the rest (order item ids, ship-by windows) as the Orders API gave it.
     */
    public static String withReportedState(String detailed, String reported) {
        JsonObject kept = read(detailed);
        JsonObject report = read(reported);
        JsonObjectBuilder document = JsonDocuments.objectBuilder(kept);
        document.add("lastUpdatedTime", report.getString("lastUpdatedTime"));
        JsonObject fulfillment = kept.getJsonObject("fulfillment");
        String status = report.getJsonObject("fulfillment").getString("fulfillmentStatus");
        document.add("fulfillment", (fulfillment == null ? JsonDocuments.objectBuilder()
                : JsonDocuments.objectBuilder(fulfillment)).add("fulfillmentStatus", status));
        return document.build().toString();
    }

    private static JsonObject read(String document) {
        try (jakarta.json.JsonReader reader = JsonDocuments.reader(document)) {
            return reader.readObject();
        }
    }

    public static StoreOrder of(String storeId, JsonObject order) {
        JsonObjectBuilder document = JsonDocuments.objectBuilder();
        order.forEach((name, value) -> {
            if (!PERSONAL.contains(name)) {
                document.add(name, value);
            }
        });
        JsonObject fulfillment = order.getJsonObject("fulfillment");
        String status = OrderStatus.fromAmazon(fulfillment == null ? "" : fulfillment.getString("fulfillmentStatus", ""))
                .orElse(OrderStatus.PENDING).displayName();
        JsonObject channel = order.getJsonObject("salesChannel");
        return new StoreOrder(storeId, order.getString("orderId"), channel.getString("marketplaceId", ""), status,
                OrderMapper.fulfillmentChannel(order), Instant.parse(order.getString("createdTime")),
                Instant.parse(order.getString("lastUpdatedTime")), document.build().toString());
    }
}
