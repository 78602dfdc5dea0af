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
                Map.of("order_ids", "111-1\u0001"))) {
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
    void infoWithoutAnIdIs114() {
        assertEquals(ReturnCode.REQUIRED_PARAMETER_MISSING, assertThrows(ApiException.class,
                () -> OrderRequest.orderId(call(Map.of()))).returnCode());
        assertEquals("111-2392565-0194613", OrderRequest.orderId(call(Map.of("id", "111-2392565-0194613"))));
        assertEquals(ReturnCode.INCORRECT_PARAMETER, assertThrows(ApiException.class, () -> OrderRequest.orderId(
                call(Map.of("order_id", "111-2392565-0194613", "id", "x\u0000")))).returnCode());
    }
}
