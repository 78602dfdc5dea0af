package dev.spgateway.order.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spgateway.order.entity.StoreOrder;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Amazon's own searchOrders example (Orders API 2026-01-01) in API2Cart's order shape. */
class OrderMapperTest {

    private static JsonObject amazonExample() throws IOException {
        try (InputStream in = OrderMapperTest.class.getResourceAsStream("/spapi-models/orders_2026-01-01.json");
             JsonReader reader = Json.createReader(in)) {
            return reader.readObject().getJsonObject("paths").getJsonObject("/orders/2026-01-01/orders")
                    .getJsonObject("get").getJsonObject("responses").getJsonObject("200")
                    .getJsonObject("x-amzn-api-sandbox").getJsonArray("static").getJsonObject(0)
                    .getJsonObject("response").getJsonArray("orders").getJsonObject(0);
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void totalsStatusItemsAndDatesComeFromTheItems() throws IOException {
        JsonObject amazon = amazonExample();
        StoreOrder row = StoredOrders.of("store-1", amazon);
        assertEquals("Shipped", row.status());
        assertEquals("AFN", row.fulfillmentChannel());
        assertFalse(row.document().contains("buyer-email@"), "no buyer data in the stored document");
        assertFalse(row.document().contains("123 Business Park"), "no recipient data in the stored document");

        Map<String, Object> order = OrderMapper.order(amazon, row.status(), BuyerData.of(amazon));
        assertEquals("250-1234567-8901234", order.get("order_id"));
        assertEquals("250-1234567-8901234", order.get("id"));
        assertEquals("A1VC38T7YXB528", order.get("store_id"));
        assertEquals(Map.of("value", "2024-12-25T02:30:00+0000", "format", "Y-m-d\\TH:i:sO"), order.get("create_at"));
        Map<String, Object> total = (Map<String, Object>) order.get("total");
        assertEquals(0, new BigDecimal("19940").compareTo((BigDecimal) total.get("total")));
        assertEquals(0, new BigDecimal("19940").compareTo((BigDecimal) total.get("subtotal_ex_tax")));
        assertEquals("Shipped", ((Map<String, Object>) order.get("status")).get("name"));
        List<Map<String, Object>> products = (List<Map<String, Object>>) order.get("order_products");
        assertEquals(2, products.size());
        assertEquals("FIRE-TV-4K-MAX-JP", products.get(1).get("product_id"));
        assertEquals("FIRE-TV-4K-MAX-JP", products.get(1).get("model"));
        assertEquals("25012345678902", products.get(1).get("order_product_id"));
        assertEquals(0, new BigDecimal("13960").compareTo((BigDecimal) products.get(1).get("total_price")));
        assertEquals("B07PFFMP9P", ((Map<String, Object>) products.get(1).get("additional_fields")).get("asin"));
        Map<String, Object> fields = (Map<String, Object>) order.get("additional_fields");
        assertEquals(true, fields.get("is_prime"));
        assertEquals("AFN", fields.get("fulfillment_channel"));
        assertEquals("Amazon.co.jp", fields.get("sales_channel"));
        assertEquals("JPY", ((Map<String, Object>) order.get("currency")).get("id"));
        assertEquals("buyer-email@marketplace.amazon.co.jp", ((Map<String, Object>) order.get("customer")).get("email"));
        assertEquals("Tokyo", ((Map<String, Object>) order.get("shipping_address")).get("city"));
        assertNull(order.get("billing_address"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void withoutBuyerDataThePersonalFieldsStayEmpty() throws IOException {
        Map<String, Object> order = OrderMapper.order(amazonExample(), "Shipped", Optional.empty());
        Map<String, Object> customer = (Map<String, Object>) order.get("customer");
        assertEquals("", customer.get("email"));
        assertEquals("", customer.get("first_name"));
        assertEquals("", ((Map<String, Object>) order.get("shipping_address")).get("address1"));
        assertTrue(BuyerData.of(Json.createObjectBuilder().build()).isEmpty());
        assertEquals("BuyerData[redacted]", BuyerData.of(amazonExample()).orElseThrow().toString());
    }

    @Test
    void defaultFieldsAreApi2CartsAndAliasesExpand() throws IOException {
        Map<String, Object> order = OrderMapper.order(amazonExample(), "Shipped", Optional.empty());
        assertEquals(List.of("order_id", "customer", "shipping_address", "billing_address", "status", "totals",
                "order_products", "bundles"), List.copyOf(OrderFields.of(Optional.empty(), Optional.empty(), false)
                .select(order).keySet()));
        assertEquals(List.of("order_id", "customer", "totals", "order_products", "bundles"),
                List.copyOf(OrderFields.of(Optional.empty(), Optional.of("status,address"), false).select(order)
                        .keySet()));
        assertEquals(order.keySet(), OrderFields.of(Optional.of("force_all"), Optional.empty(), false).select(order)
                .keySet());
    }
}
