package dev.spgateway.sandbox.orders;

import dev.spgateway.sandbox.listings.ListingsEncoding;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A flat-file order report as Amazon writes it: tab-separated, one line per order item, the state of each
 * order at the end of the report's period. No buyer names, addresses lines, e-mail or order item ids: only
 * the documented columns, of which ship-city, -state, -postal-code and -country are the only place data.
 */
public final class OrderReportWriter {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxxx")
            .withZone(ZoneOffset.UTC);
    private static final Map<String, String> ORDER_STATUS = Map.of("PENDING", "Pending", "UNSHIPPED", "Unshipped",
            "PARTIALLY_SHIPPED", "Shipping", "SHIPPED", "Shipped", "CANCELLED", "Cancelled");

    private OrderReportWriter() {
    }

    /** The orders of the ledger the report covers: by purchase date or by last update within [start, end]. */
    public static List<LedgerOrder> selected(List<LedgerOrder> orders, OrderReportType type, Instant start,
                                             Instant end) {
        List<LedgerOrder> out = new ArrayList<>();
        for (LedgerOrder order : orders) {
            if (!order.existsAt(end)) {
                continue;
            }
            Instant at = type.byOrderDate() ? order.createdTime() : order.lastUpdatedAt(end);
            if (!at.isBefore(start) && !at.isAfter(end)) {
                out.add(order);
            }
        }
        return out;
    }

    public static void write(List<LedgerOrder> orders, OrderReportType type, Instant asOf, ListingsEncoding encoding,
                             OutputStream out) throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, encoding.charset()), 1 << 16);
        if (encoding.bom()) {
            writer.write('\uFEFF');
        }
        List<String> columns = type.columns();
        writer.write(String.join("\t", columns));
        writer.write("\r\n");
        for (LedgerOrder order : orders) {
            for (LedgerOrder.Item item : order.items()) {
                Map<String, String> line = line(order, item, asOf);
                List<String> fields = new ArrayList<>(columns.size());
                columns.forEach(c -> fields.add(line.getOrDefault(c, "")));
                writer.write(String.join("\t", fields));
                writer.write("\r\n");
            }
        }
        writer.flush();
    }

    static Map<String, String> line(LedgerOrder order, LedgerOrder.Item item, Instant asOf) {
        String status = order.statusAt(asOf);
        Map<String, String> f = new java.util.HashMap<>();
        f.put("amazon-order-id", order.orderId());
        f.put("purchase-date", TIME.format(order.createdTime()));
        f.put("last-updated-date", TIME.format(order.lastUpdatedAt(asOf)));
        f.put("order-status", ORDER_STATUS.getOrDefault(status, "Pending"));
        f.put("fulfillment-channel", order.amazonFulfilled() ? "Amazon" : "Merchant");
        f.put("sales-channel", order.marketplace().name());
        f.put("ship-service-level", "Standard");
        f.put("product-name", clean(item.title()));
        f.put("sku", item.sellerSku());
        f.put("asin", item.asin());
        f.put("item-status", switch (status) {
            case "SHIPPED" -> "Shipped";
            case "CANCELLED" -> "Cancelled";
            default -> "Unshipped";
        });
        f.put("quantity", Integer.toString(item.quantity()));
        f.put("currency", order.marketplace().currency());
        f.put("item-price", money(item.itemTotal()));
        f.put("item-tax", money(item.unitTax() * item.quantity()));
        f.put("shipping-price", money(item.shipping()));
        f.put("shipping-tax", money(item.shippingTax()));
        f.put("gift-wrap-price", money(0));
        f.put("gift-wrap-tax", money(0));
        f.put("item-promotion-discount", money(0));
        f.put("ship-promotion-discount", money(0));
        f.put("ship-city", order.buyer().city().toUpperCase(Locale.ROOT));
        f.put("ship-state", order.buyer().stateOrRegion());
        f.put("ship-postal-code", order.buyer().postalCode());
        f.put("ship-country", order.marketplace().countryCode());
        f.put("is-business-order", "false");
        return f;
    }

    /** A tab or line break inside a value would shift the columns; Amazon's reports carry none. */
    private static String clean(String text) {
        return text == null ? "" : text.replace('\t', ' ').replace('\r', ' ').replace('\n', ' ');
    }

    private static String money(long cents) {
        return String.format(Locale.ROOT, "%d.%02d", cents / 100, cents % 100);
    }
}
