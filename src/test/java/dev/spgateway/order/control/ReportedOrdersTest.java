package dev.spgateway.order.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spgateway.order.entity.StoreOrder;
import dev.spgateway.platform.control.JsonDocuments;
import dev.spgateway.report.control.FlatFileRows;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/** The flat-file order report read into orders: lines gathered per order, amounts, statuses and encodings. */
class ReportedOrdersTest {

    private static final String US = "ATVPDKIKX0DER";
    private static final String JP = "A1VC38T7YXB528";
    private static final String HEADER = String.join("\t", "amazon-order-id", "merchant-order-id", "purchase-date",
            "last-updated-date", "order-status", "fulfillment-channel", "sales-channel", "order-channel",
            "ship-service-level", "product-name", "sku", "asin", "item-status", "quantity", "currency", "item-price",
            "item-tax", "shipping-price", "shipping-tax", "gift-wrap-price", "gift-wrap-tax",
            "item-promotion-discount", "ship-promotion-discount", "ship-city", "ship-state", "ship-postal-code",
            "ship-country", "promotion-ids", "is-business-order", "purchase-order-number", "price-designation");

    private static String line(String orderId, String status, String channel, String name, String sku, int quantity,
            String price, String tax, String shipping, String shippingTax) {
        return String.join("\t", orderId, "", "2026-10-01T10:00:00+00:00", "2026-10-02T08:30:00+00:00", status,
                channel, "Amazon.com", "", "Standard", name, sku, "B0TESTASIN", "Unshipped", String.valueOf(quantity),
                "USD", price, tax, shipping, shippingTax, "0.00", "0.00", "0.00", "0.00", "SEATTLE", "WA", "98101",
                "US", "", "false", "", "");
    }

    private static List<StoreOrder> read(byte[] document, boolean gzip, String contentType, String marketplaceId)
            throws IOException {
        ReportedOrders orders = new ReportedOrders("store-1", List.of(marketplaceId));
        FlatFileRows.read(new ByteArrayInputStream(document), gzip, contentType, marketplaceId, orders::accept);
        return orders.orders();
    }

    private static JsonObject json(StoreOrder order) {
        try (JsonReader reader = JsonDocuments.reader(order.document())) {
            return reader.readObject();
        }
    }

    @Test
    void linesOfAnOrderBecomeItsItemsWithUnitPricesAndTheTotalOfTheOrdersApi() throws IOException {
        String text = HEADER + "\r\n"
                + line("111-0000001-0000001", "Shipped", "Merchant", "Mug", "SKU-1", 2, "20.00", "1.70", "4.99", "0.42")
                + "\r\n" + line("111-0000002-0000002", "Pending", "Amazon", "Cup", "SKU-2", 1, "", "", "", "") + "\r\n"
                + line("111-0000001-0000001", "Shipped", "Merchant", "Plate", "SKU-3", 1, "5.50", "0.47", "0.00",
                "0.00") + "\r\n";
        List<StoreOrder> orders = read(text.getBytes(StandardCharsets.US_ASCII), false, "text/plain;charset=Cp1252", US);
        assertEquals(2, orders.size());
        StoreOrder first = orders.get(0);
        assertEquals("111-0000001-0000001", first.orderId());
        assertEquals("Shipped", first.status());
        assertEquals("MFN", first.fulfillmentChannel());
        assertEquals(US, first.marketplaceId());
        assertEquals(Instant.parse("2026-10-01T10:00:00Z"), first.createdAt());
        assertEquals(Instant.parse("2026-10-02T08:30:00Z"), first.modifiedAt());
        assertFalse(first.detailed());
        Map<String, Object> mapped = OrderMapper.order(json(first), first.status(), Optional.empty());
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> products = (List<Map<String, Object>>) mapped.get("order_products");
        assertEquals(2, products.size());
        assertEquals(new BigDecimal("10.00"), products.get(0).get("price"));
        assertEquals(2, products.get(0).get("quantity"));
        assertNull(products.get(0).get("order_product_id"), "the report has no order item ids");
        assertEquals("SKU-3", products.get(1).get("product_id"));
        @SuppressWarnings("unchecked")
        Map<String, Object> total = (Map<String, Object>) mapped.get("total");
        assertEquals(0, new BigDecimal("25.50").compareTo((BigDecimal) total.get("subtotal_ex_tax")));
        assertEquals(0, new BigDecimal("4.99").compareTo((BigDecimal) total.get("shipping_ex_tax")));
        assertEquals(0, new BigDecimal("2.59").compareTo((BigDecimal) total.get("total_tax")));
        assertEquals(0, new BigDecimal("33.08").compareTo((BigDecimal) total.get("total")));
        StoreOrder pending = orders.get(1);
        assertEquals("Pending", pending.status());
        assertEquals("AFN", pending.fulfillmentChannel());
        assertFalse(pending.document().contains("SEATTLE") || pending.document().contains("98101"),
                "place columns are not kept");
    }

    @Test
    void cp1252UnlabelledUtf8WithAMarkAndWindows31jForJapanAreRead() throws IOException {
        String text = HEADER + "\n" + line("111-0000003-0000003", "Unshipped", "Merchant", "Tasse “Müller” – café",
                "SKU-Ä", 1, "9.99", "0.85", "0.00", "0.00") + "\n";
        assertEquals("SKU-Ä", sku(read(text.getBytes(Charset.forName("windows-1252")), false, null, US)));
        assertEquals("SKU-Ä", sku(read(text.getBytes(Charset.forName("windows-1252")), false,
                "text/plain;charset=Cp1252", US)));
        ByteArrayOutputStream marked = new ByteArrayOutputStream();
        marked.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        marked.write(text.getBytes(StandardCharsets.UTF_8));
        ByteArrayOutputStream zipped = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(zipped)) {
            gzip.write(marked.toByteArray());
        }
        List<StoreOrder> fromUtf8 = read(zipped.toByteArray(), true, "text/plain;charset=Cp1252", US);
        assertEquals("SKU-Ä", sku(fromUtf8));
        assertTrue(fromUtf8.get(0).document().contains("Tasse “Müller” – café"));
        String japanese = text.replace("Tasse “Müller” – café", "マグカップ").replace("SKU-Ä", "SKU-日本")
                .replace("Amazon.com", "Amazon.co.jp");
        assertEquals("SKU-日本", sku(read(japanese.getBytes(Charset.forName("windows-31j")), false, null, JP)));
    }

    @Test
    void aLineWithoutAnOrderIdOrWithABadDateIsRefused() {
        String noId = HEADER + "\n" + line("", "Shipped", "Merchant", "Mug", "SKU-1", 1, "1.00", "0", "0", "0");
        assertThrows(IllegalArgumentException.class, () -> read(noId.getBytes(StandardCharsets.UTF_8), false, null, US));
        String badDate = HEADER + "\n" + line("111-0000004-0000004", "Shipped", "Merchant", "Mug", "SKU-1", 1, "1.00",
                "0", "0", "0").replace("2026-10-01T10:00:00+00:00", "yesterday");
        assertThrows(IllegalArgumentException.class, () -> read(badDate.getBytes(StandardCharsets.UTF_8), false, null,
                US));
    }

    private static String sku(List<StoreOrder> orders) {
        return json(orders.get(0)).getJsonArray("orderItems").getJsonObject(0).getJsonObject("product")
                .getString("sellerSku");
    }
}
