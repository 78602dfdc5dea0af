package dev.spgateway.order.control;

import dev.spgateway.api.control.ApiException;
import dev.spgateway.platform.control.JsonDocuments;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The payload of Amazon's {@code ORDER_CHANGE} notification (its schema, {@code OrderChangeNotification.json},
 * writes keys in PascalCase): which seller's which order changed. Only what the gateway acts on is kept; the
 * members the schema requires of it are checked, so a malformed notification changes nothing.
 */
public record OrderChangeNotice(String sellerId, String amazonOrderId, Optional<String> marketplaceId) {

    public static final String TYPE = "ORDER_CHANGE";
    /** Amazon's order ids: 3-7-7 digits. */
    private static final Pattern ORDER_ID = Pattern.compile("\\d{3}-\\d{7}-\\d{7}");
    /** Amazon's selling partner ids: upper-case letters and digits. */
    private static final Pattern SELLER_ID = Pattern.compile("[A-Z0-9]{1,32}");
    private static final Set<String> LEVELS = Set.of("OrderItemLevel", "OrderLevel");
    private static final Set<String> CHANGE_TYPES = Set.of("BuyerRequestedChange", "DeliveryTipChange",
            "OrderStatusChange");
    private static final String EXPECTED = "expected OrderChangeNotification with NotificationLevel, SellerId,"
            + " AmazonOrderId, OrderChangeType, OrderChangeTrigger and Summary";

    /** The notice in this payload, or 109 naming what is wrong with it. */
    public static OrderChangeNotice parse(String payloadJson) {
        JsonObject change;
        try (var reader = JsonDocuments.reader(payloadJson)) {
            JsonObject payload = reader.readObject();
            change = payload.getJsonObject("OrderChangeNotification");
        } catch (JsonException | ClassCastException e) {
            throw ApiException.incorrect("Payload", EXPECTED);
        }
        if (change == null) {
            throw ApiException.incorrect("Payload", "OrderChangeNotification is missing");
        }
        String sellerId = text(change, "SellerId");
        String orderId = text(change, "AmazonOrderId");
        if (!SELLER_ID.matcher(sellerId).matches()) {
            throw ApiException.incorrect("Payload", "SellerId is not an Amazon selling partner id");
        }
        if (!ORDER_ID.matcher(orderId).matches()) {
            throw ApiException.incorrect("Payload", "AmazonOrderId is not an Amazon order id (3-7-7 digits)");
        }
        oneOf(change, "NotificationLevel", LEVELS);
        oneOf(change, "OrderChangeType", CHANGE_TYPES);
        object(change, "OrderChangeTrigger");
        JsonObject summary = object(change, "Summary");
        return new OrderChangeNotice(sellerId, orderId, Optional.of(text(summary, "MarketplaceId")));
    }

    private static String text(JsonObject object, String name) {
        JsonValue value = object.get(name);
        if (value == null || value.getValueType() != JsonValue.ValueType.STRING
                || object.getString(name).isBlank()) {
            throw ApiException.incorrect("Payload", name + " is missing or not text; " + EXPECTED);
        }
        return object.getString(name);
    }

    private static void oneOf(JsonObject object, String name, Set<String> allowed) {
        if (!allowed.contains(text(object, name))) {
            throw ApiException.incorrect("Payload", name + " must be one of " + String.join(", ",
                    new java.util.TreeSet<>(allowed)));
        }
    }

    private static JsonObject object(JsonObject object, String name) {
        JsonValue value = object.get(name);
        if (value == null || value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw ApiException.incorrect("Payload", name + " is missing or not an object; " + EXPECTED);
        }
        return value.asJsonObject();
    }

    /** An ISO-8601 time such as Amazon's EventTime, or 109. */
    public static void checkTime(String name, String value) {
        try {
            OffsetDateTime.parse(value);
        } catch (DateTimeParseException e) {
            throw ApiException.incorrect(name, "an ISO-8601 date and time");
        }
    }
}
