package dev.spgateway.order.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.spgateway.api.control.ApiCall;
import dev.spgateway.api.control.ApiException;
import dev.spgateway.api.control.ReturnCode;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OrderRequestTest {

    private static ApiCall call(Map<String, String> parameters) {
        return new ApiCall("order.list", "key", "store", parameters);
    }

    private static ReturnCode refusal(Map<String, String> parameters) {
        return assertThrows(ApiException.class, () -> OrderRequest.of(call(parameters))).returnCode();
    }

    @Test
    void badParametersAre109() {
        for (Map<String, String> bad : List.of(Map.of("count", "-1"), Map.of("count", "251"), Map.of("start", "-3"),
                Map.of("sort_by", "price"), Map.of("sort_direction", "up"), Map.of("created_from", "yesterday"),
                Map.of("order_status", "Lost"), Map.of("fulfillment_channel", "XYZ"),
                Map.of("order_ids", "111-1\u0001"), Map.of("rounding_precision", "0"),
                Map.of("rounding_precision", "7"), Map.of("rounding_precision", "two"), Map.of("enable_cache", "maybe"),
                Map.of("customer_email", "nobody"), Map.of("customer_email", "a@b@c"),
                Map.of("customer_email", "buyer @example.com"), Map.of("customer_email", "x".repeat(250) + "@e.com"))) {
            assertEquals(ReturnCode.INCORRECT_PARAMETER, refusal(bad), bad.toString());
        }
    }

    @Test
    void filtersAreRead() {
        Map<String, String> p = new HashMap<>();
        p.put("ids", "111-2392565-0194613, 111-7967140-8854642,111-2392565-0194613");
        p.put("order_status_ids", "Shipped,canceled");
        p.put("created_from", "2022-02-03T10:57:08");
        p.put("modified_to", "2024-03-02 10:20:03");
        p.put("sort_by", "modified_at");
        p.put("sort_direction", "DESC");
        p.put("count", "250");
        OrderRequest request = OrderRequest.of(call(p));
        OrderFilter f = request.filter();
        assertEquals(List.of("111-2392565-0194613", "111-7967140-8854642"), f.orderIds());
        assertEquals(List.of("Shipped", "Canceled"), f.statuses());
        assertEquals(Optional.of(Instant.parse("2022-02-03T10:57:08Z")), f.createdFrom());
        assertEquals(Optional.of(Instant.parse("2024-03-02T10:20:03Z")), f.modifiedTo());
        assertEquals("modified_at", f.sortBy());
        assertEquals(true, f.descending());
        assertEquals(250, request.count());
        assertEquals(10, OrderRequest.of(call(Map.of())).count());
    }

    @Test
    void roundingCacheAndEmailAreRead() {
        OrderRequest request = OrderRequest.of(call(Map.of("rounding_precision", "3", "enable_cache", "false",
                "customer_email", " Buyer@Example.COM ")));
        assertEquals(3, request.roundingPrecision().getAsInt());
        assertEquals(true, request.refresh());
        assertEquals(Optional.of("buyer@example.com"), request.filter().customerEmail());
        assertEquals(false, request.filter().toString().contains("example"), "the e-mail stays out of the text");
        OrderRequest plain = OrderRequest.of(call(Map.of("enable_cache", "true")));
        assertEquals(false, plain.refresh());
        assertEquals(false, plain.roundingPrecision().isPresent());
        assertEquals(false, OrderRequest.of(call(Map.of())).refresh());
    }

    @Test
    void aCursorStandsForItsFiltersAndPageAndOnlyForItsStore() {
        OrderCursors cursors = new OrderCursors(List.of(new byte[32]));
        OrderRequest first = OrderRequest.of(call(Map.of("order_status", "Shipped", "sort_by", "order_id",
                "count", "5")), cursors);
        OrderPage next = OrderPage.after(new OrderPage.Anchor("111-0000001-0000000", "111-0000001-0000000"), 5);
        String token = cursors.seal(first.cursor(next, Optional.of("ab".repeat(32))), "store");
        OrderRequest followed = OrderRequest.of(call(Map.of("page_cursor", token, "order_status", "Canceled",
                "start", "40")), cursors);
        assertEquals(List.of("Shipped"), followed.filter().statuses());
        assertEquals("order_id", followed.filter().sortBy());
        assertEquals(next, followed.page());
        assertEquals(Optional.of(List.of("ab".repeat(32))), followed.filter().emailHashes());
        ApiCall elsewhere = new ApiCall("order.list", "key", "another-store", Map.of("page_cursor", token));
        assertEquals(ReturnCode.INCORRECT_PARAMETER, assertThrows(ApiException.class,
                () -> OrderRequest.of(elsewhere, cursors)).returnCode());
        String tampered = token.substring(0, 10) + (token.charAt(10) == 'A' ? 'B' : 'A') + token.substring(11);
        assertEquals(ReturnCode.INCORRECT_PARAMETER, assertThrows(ApiException.class,
                () -> OrderRequest.of(call(Map.of("page_cursor", tampered)), cursors)).returnCode());
        OrderCursors rotated = new OrderCursors(List.of(new byte[] {7}, new byte[32]));
        assertEquals(next, OrderRequest.of(call(Map.of("page_cursor", token)), rotated).page());
    }

    @Test
    void sealedCursorsAreStillCheckedAsParameters() {
        OrderCursors cursors = new OrderCursors(List.of(new byte[32]));
        for (String payload : List.of("{\"f\":{},\"c\":0,\"b\":true}", "{\"f\":{},\"c\":251,\"b\":true}",
                "{\"f\":{},\"c\":10,\"b\":false}", "{\"f\":{\"sort_by\":\"price\"},\"c\":10,\"b\":true}",
                "{\"f\":{\"secret\":\"x\"},\"c\":10,\"b\":true}", "{\"f\":{},\"c\":10,\"b\":\"yes\"}",
                "{\"f\":{},\"c\":10,\"b\":false,\"k\":\"not-a-time\",\"o\":\"1\",\"x\":1}", "[]")) {
            String token = new dev.spgateway.secrets.control.SealedTokens(List.of(new byte[32]))
                    .seal(payload.getBytes(java.nio.charset.StandardCharsets.UTF_8), "store");
            assertEquals(ReturnCode.INCORRECT_PARAMETER, assertThrows(ApiException.class,
                    () -> OrderRequest.of(call(Map.of("page_cursor", token)), cursors)).returnCode(), payload);
        }
        String product = new dev.spgateway.product.control.PageCursors(List.of(new byte[32]))
                .seal(new dev.spgateway.product.control.PageCursor(0, 10, Map.of()), "store");
        assertEquals(ReturnCode.INCORRECT_PARAMETER, assertThrows(ApiException.class,
                () -> OrderRequest.of(call(Map.of("page_cursor", product)), cursors)).returnCode(),
                "a product cursor is no order cursor");
    }

    @Test
    void infoWithoutAnIdIs114() {
        assertEquals(ReturnCode.REQUIRED_PARAMETER_MISSING, assertThrows(ApiException.class,
                () -> OrderRequest.orderId(call(Map.of()))).returnCode());
        assertEquals("111-2392565-0194613", OrderRequest.orderId(call(Map.of("id", "111-2392565-0194613"))));
        assertEquals(ReturnCode.INCORRECT_PARAMETER, assertThrows(ApiException.class, () -> OrderRequest.orderId(
                call(Map.of("order_id", "111-2392565-0194613", "id", "x\u0000")))).returnCode());
    }
}
