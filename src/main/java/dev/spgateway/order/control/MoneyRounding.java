package dev.spgateway.order.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * API2Cart's {@code rounding_precision}: every money value of an order rounded to that many decimal places,
 * half away from zero, each on its own (a total is Amazon's sum rounded, not the sum of rounded parts), and
 * written without trailing zeros, as API2Cart's answers show ({@code 0.33} at 1 is {@code 0.3}, {@code 0.04}
 * is {@code 0}). Money is the only decimal in an order answer: counts and ids are whole numbers or text.
 */
public final class MoneyRounding {

    private MoneyRounding() {
    }

    /** A copy of the answer's tree with its decimals rounded; everything else as it was. */
    public static Object rounded(Object value, int precision) {
        if (value instanceof BigDecimal decimal) {
            return round(decimal, precision);
        }
        if (value instanceof Map<?, ?> map) {
            Map<Object, Object> copy = new LinkedHashMap<>();
            map.forEach((name, member) -> copy.put(name, rounded(member, precision)));
            return copy;
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>(list.size());
            list.forEach(element -> copy.add(rounded(element, precision)));
            return copy;
        }
        return value;
    }

    static BigDecimal round(BigDecimal value, int precision) {
        BigDecimal rounded = value.setScale(precision, RoundingMode.HALF_UP).stripTrailingZeros();
        return rounded.scale() < 0 ? rounded.setScale(0) : rounded;
    }
}
