package dev.spgateway.order.control;

import jakarta.json.JsonObject;
import java.util.Optional;

/**
 * An order's buyer and recipient data (PII). Never stored, logged or printed: it lives in memory for a short
 * while after Amazon sent it.
 */
public record BuyerData(String name, String email, String phone, String addressLine1, String addressLine2,
                        String city, String stateOrRegion, String postalCode, String countryCode, boolean residential) {

    /** What Amazon's order holds of it; empty when it came without the BUYER and RECIPIENT datasets. */
    public static Optional<BuyerData> of(JsonObject order) {
        JsonObject buyer = order.getJsonObject("buyer");
        JsonObject recipient = order.getJsonObject("recipient");
        JsonObject address = recipient == null ? null : recipient.getJsonObject("deliveryAddress");
        if (buyer == null && address == null) {
            return Optional.empty();
        }
        return Optional.of(new BuyerData(text(buyer, "buyerName", text(address, "name", "")),
                text(buyer, "buyerEmail", ""), text(address, "phone", ""), text(address, "addressLine1", ""),
                text(address, "addressLine2", ""), text(address, "city", ""), text(address, "stateOrRegion", ""),
                text(address, "postalCode", ""), text(address, "countryCode", ""),
                "RESIDENTIAL".equals(text(address, "addressType", ""))));
    }

    private static String text(JsonObject object, String name, String otherwise) {
        return object == null ? otherwise : object.getString(name, otherwise);
    }

    @Override
    public String toString() {
        return "BuyerData[redacted]";
    }
}
