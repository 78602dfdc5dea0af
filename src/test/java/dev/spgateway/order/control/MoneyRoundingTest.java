package dev.spgateway.order.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MoneyRoundingTest {

    @Test
    void asApi2CartsCaptureAtOneDecimal() {
        // order 111-6066540-4417003 of the captures, without and with rounding_precision=1
        assertEquals(new BigDecimal("0.3"), MoneyRounding.round(new BigDecimal("0.33"), 1));
        assertEquals(new BigDecimal("0.1"), MoneyRounding.round(new BigDecimal("0.07"), 1));
        assertEquals(BigDecimal.ZERO, MoneyRounding.round(new BigDecimal("0.04"), 1));
        assertEquals(BigDecimal.ZERO, MoneyRounding.round(new BigDecimal("0.03"), 1));
        assertEquals(new BigDecimal("0.5"), MoneyRounding.round(new BigDecimal("0.50"), 1));
        assertEquals("0", MoneyRounding.round(new BigDecimal("0.04"), 1).toString());
    }

    @Test
    void halfAwayFromZeroAndNoExponent() {
        assertEquals(new BigDecimal("2.35"), MoneyRounding.round(new BigDecimal("2.345"), 2));
        assertEquals(new BigDecimal("-2.35"), MoneyRounding.round(new BigDecimal("-2.345"), 2));
        assertEquals("100", MoneyRounding.round(new BigDecimal("99.96"), 1).toPlainString());
        assertEquals("100", MoneyRounding.round(new BigDecimal("99.96"), 1).toString());
        assertEquals(new BigDecimal("12.123457"), MoneyRounding.round(new BigDecimal("12.1234567"), 6));
    }

    @Test
    void everyDecimalOfTheTreeAndNothingElse() {
        Map<String, Object> order = new LinkedHashMap<>();
        order.put("total", Map.of("total", new BigDecimal("42.99")));
        order.put("order_products", List.of(Map.of("price", new BigDecimal("39.95"), "quantity", 3)));
        order.put("id", "111-2392565-0194613");
        order.put("rate", 1);
        order.put("comment", null);
        @SuppressWarnings("unchecked")
        Map<String, Object> rounded = (Map<String, Object>) MoneyRounding.rounded(order, 1);
        assertEquals(Map.of("total", new BigDecimal("43")), rounded.get("total"));
        assertEquals(List.of(Map.of("price", new BigDecimal("40"), "quantity", 3)), rounded.get("order_products"));
        assertEquals("111-2392565-0194613", rounded.get("id"));
        assertEquals(1, rounded.get("rate"));
        assertEquals(true, rounded.containsKey("comment"));
        assertEquals(List.copyOf(order.keySet()), List.copyOf(rounded.keySet()));
    }
}
