package dev.spgateway.order.control;

import dev.spgateway.order.entity.StoreOrder;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;
import java.util.Set;

/** Amazon's order as a row: the columns the API filters by and the document without buyer or recipient. */
public final class StoredOrders {

    private static final Set<String> PERSONAL = Set.of("buyer", "recipient");

    private StoredOrders() {
    }

    public static StoreOrder of(String storeId, JsonObject order) {
        JsonObjectBuilder document = Json.createObjectBuilder();
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
