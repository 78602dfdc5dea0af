package dev.spgateway.product.control;

import dev.spgateway.report.control.ListingColumn;
import dev.spgateway.report.control.ListingRow;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A product's price, quantity and availability fields from its listings row. Amazon keeps the stock of
 * the listings it fulfils itself, so for those the seller's quantity says nothing about being in stock.
 */
final class ProductStock {

    private ProductStock() {
    }

    static boolean isActive(ListingRow row) {
        return "active".equalsIgnoreCase(Objects.requireNonNullElse(row.get(ListingColumn.STATUS), "").trim());
    }

    static BigDecimal price(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(value.trim().replace(',', '.'));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static int quantity(String value) {
        if (value == null || value.isBlank()) {
            return 0;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    static Boolean inStock(ListingRow row) {
        return isAmazonFulfilled(row) ? null : quantity(row.get(ListingColumn.QUANTITY)) > 0;
    }

    static boolean isStockManaged(ListingRow row) {
        return !isAmazonFulfilled(row);
    }

    private static boolean isAmazonFulfilled(ListingRow row) {
        String channel = row.get(ListingColumn.FULFILLMENT_CHANNEL);
        return channel != null && channel.toUpperCase(Locale.ROOT).startsWith("AMAZON");
    }

    /** A listings report has no sale prices: API2Cart's shape of none. */
    static Map<String, Object> specialPrice() {
        Map<String, Object> special = new LinkedHashMap<>();
        special.put("value", 0);
        special.put("avail", false);
        special.put("created_at", null);
        special.put("modified_at", null);
        special.put("expired_at", null);
        return special;
    }
}
