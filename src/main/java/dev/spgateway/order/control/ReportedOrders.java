package dev.spgateway.order.control;

import dev.spgateway.amazon.control.Marketplace;
import dev.spgateway.order.entity.StoreOrder;
import dev.spgateway.report.control.FlatFileRows;
import dev.spgateway.platform.control.JsonDocuments;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The lines of Amazon's flat-file order report (one per order item) gathered into orders, each written as the
 * Orders API 2026-01-01 would have it, so that one mapping answers for both. What the report does not carry
 * stays out: no order item ids, no ship-by windows, no buyer; the place columns (ship-city, …) are not kept.
 */
public final class ReportedOrders {

    private static final Map<String, String> STATUS = Map.of("pending", "PENDING", "unshipped", "UNSHIPPED",
            "shipping", "PARTIALLY_SHIPPED", "partiallyshipped", "PARTIALLY_SHIPPED", "shipped", "SHIPPED",
            "cancelled", "CANCELLED", "canceled", "CANCELLED", "unfulfillable", "UNFULFILLABLE");

    private final String storeId;
    private final List<String> marketplaceIds;
    private final Map<String, List<FlatFileRows.Row>> lines = new LinkedHashMap<>();

    public ReportedOrders(String storeId, List<String> marketplaceIds) {
        this.storeId = storeId;
        this.marketplaceIds = List.copyOf(marketplaceIds);
    }

    /** Takes one line of the report; the lines of an order need not follow each other. */
    public void accept(FlatFileRows.Row row) {
        String orderId = row.get("amazon-order-id").strip();
        if (orderId.isEmpty()) {
            throw new IllegalArgumentException("line " + row.line() + " of the order report has no amazon-order-id");
        }
        lines.computeIfAbsent(orderId, id -> new ArrayList<>()).add(snapshot(row));
    }

    public List<StoreOrder> orders() {
        List<StoreOrder> orders = new ArrayList<>(lines.size());
        lines.forEach((id, rows) -> orders.add(order(id, rows)));
        return orders;
    }

    private StoreOrder order(String orderId, List<FlatFileRows.Row> rows) {
        FlatFileRows.Row first = rows.get(0);
        Instant created = time(first.get("purchase-date"), first);
        Instant updated = time(first.get("last-updated-date"), first);
        String status = STATUS.getOrDefault(first.get("order-status").replace(" ", "").toLowerCase(Locale.ROOT),
                "PENDING");
        boolean amazon = "amazon".equalsIgnoreCase(first.get("fulfillment-channel").strip())
                || first.get("fulfillment-channel").toUpperCase(Locale.ROOT).startsWith("AFN");
        String marketplaceId = marketplace(first.get("sales-channel"));
        JsonObjectBuilder o = JsonDocuments.objectBuilder()
                .add("orderId", orderId)
                .add("createdTime", created.toString())
                .add("lastUpdatedTime", updated.toString());
        if ("true".equalsIgnoreCase(first.get("is-business-order").strip())) {
            o.add("programs", JsonDocuments.arrayBuilder().add("AMAZON_BUSINESS"));
        }
        o.add("salesChannel", JsonDocuments.objectBuilder().add("channelName", "AMAZON")
                .add("marketplaceId", marketplaceId).add("marketplaceName", first.get("sales-channel").strip()));
        JsonObjectBuilder fulfillment = JsonDocuments.objectBuilder().add("fulfillmentStatus", status)
                .add("fulfilledBy", amazon ? "AMAZON" : "MERCHANT");
        String level = first.get("ship-service-level").strip();
        if (!level.isEmpty()) {
            fulfillment.add("fulfillmentServiceLevel", level.toUpperCase(Locale.ROOT).replace(' ', '_'));
        }
        o.add("fulfillment", fulfillment);
        JsonArrayBuilder items = JsonDocuments.arrayBuilder();
        rows.forEach(row -> items.add(item(row)));
        o.add("orderItems", items);
        JsonObject document = o.build();
        return StoreOrder.fromReport(storeId, orderId, marketplaceId, OrderStatus.fromAmazon(status)
                .orElse(OrderStatus.PENDING).displayName(), amazon ? "AFN" : "MFN", created, updated,
                document.toString());
    }

    /** Amazon's report gives each line's totals; the Orders API a unit price, and totals per breakdown. */
    private static JsonObject item(FlatFileRows.Row row) {
        int quantity = Math.max(0, integer(row.get("quantity")));
        String currency = row.get("currency").strip();
        BigDecimal linePrice = amount(row.get("item-price"));
        BigDecimal unit = quantity == 0 ? linePrice : linePrice.divide(BigDecimal.valueOf(quantity), 2,
                RoundingMode.HALF_UP);
        BigDecimal itemTax = amount(row.get("item-tax"));
        BigDecimal shipping = amount(row.get("shipping-price"));
        BigDecimal shippingTax = amount(row.get("shipping-tax"));
        JsonObjectBuilder product = JsonDocuments.objectBuilder()
                .add("asin", row.get("asin").strip())
                .add("title", row.get("product-name"))
                .add("sellerSku", row.get("sku"))
                .add("price", JsonDocuments.objectBuilder().add("unitPrice", money(unit, currency)));
        JsonObjectBuilder tax = breakdown("TAX", itemTax.add(shippingTax), currency)
                .add("detailedBreakdowns", JsonDocuments.arrayBuilder()
                        .add(JsonDocuments.objectBuilder().add("subtype", "ITEM").add("value", money(itemTax, currency)))
                        .add(JsonDocuments.objectBuilder().add("subtype", "SHIPPING")
                                .add("value", money(shippingTax, currency))));
        JsonObjectBuilder proceeds = JsonDocuments.objectBuilder()
                .add("proceedsTotal", money(linePrice.add(shipping).add(itemTax).add(shippingTax), currency))
                .add("breakdowns", JsonDocuments.arrayBuilder().add(breakdown("ITEM", linePrice, currency))
                        .add(breakdown("SHIPPING", shipping, currency)).add(tax));
        return JsonDocuments.objectBuilder().add("quantityOrdered", quantity).add("product", product)
                .add("proceeds", proceeds).build();
    }

    private static JsonObjectBuilder breakdown(String type, BigDecimal amount, String currency) {
        return JsonDocuments.objectBuilder().add("type", type).add("subtotal", money(amount, currency));
    }

    private static JsonObjectBuilder money(BigDecimal amount, String currency) {
        return JsonDocuments.objectBuilder().add("amount", amount.toPlainString()).add("currencyCode", currency);
    }

    private String marketplace(String salesChannel) {
        String channel = salesChannel.strip();
        return Marketplace.byId(marketplaceIds.get(0)).filter(m -> marketplaceIds.size() == 1)
                .or(() -> java.util.Arrays.stream(Marketplace.values()).filter(m -> m.url().equalsIgnoreCase(channel)
                        && marketplaceIds.contains(m.id())).findFirst())
                .map(Marketplace::id).orElse(marketplaceIds.get(0));
    }

    private static Instant time(String text, FlatFileRows.Row row) {
        try {
            return OffsetDateTime.parse(text.strip()).toInstant();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("line " + row.line() + " of the order report has a date that is not"
                    + " ISO 8601: " + text);
        }
    }

    private static BigDecimal amount(String text) {
        String t = text.strip();
        if (t.isEmpty()) {
            return BigDecimal.ZERO.setScale(2);
        }
        try {
            return new BigDecimal(t);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("an amount of the order report is not a number: " + text);
        }
    }

    private static int integer(String text) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("a quantity of the order report is not a number: " + text);
        }
    }

    /** The parser's row is reused; a line of an order kept for later is copied. */
    private static FlatFileRows.Row snapshot(FlatFileRows.Row row) {
        Map<String, String> copy = new java.util.HashMap<>();
        for (String column : COLUMNS) {
            copy.put(column, row.get(column));
        }
        int line = row.line();
        return new FlatFileRows.Row() {
            @Override
            public String get(String column) {
                return copy.getOrDefault(column, "");
            }

            @Override
            public int line() {
                return line;
            }
        };
    }

    private static final List<String> COLUMNS = List.of("amazon-order-id", "purchase-date", "last-updated-date",
            "order-status", "fulfillment-channel", "sales-channel", "ship-service-level", "product-name", "sku",
            "asin", "quantity", "currency", "item-price", "item-tax", "shipping-price", "shipping-tax",
            "is-business-order");
}
