package dev.spgateway.order.control;

import dev.spgateway.product.control.FieldSelection;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * API2Cart's {@code params} and {@code exclude} for orders: {@code address} stands for both addresses and
 * {@code items} for order_products; {@code force_all} (or {@code response_fields}) keeps every field.
 */
public final class OrderFields {

    public static final String DEFAULT_PARAMS = "order_id,customer,totals,address,items,bundles,status";
    public static final int MAX_LENGTH = FieldSelection.MAX_LENGTH;
    private static final Map<String, String> ALIASES = Map.of(
            "address", "shipping_address,billing_address",
            "items", "order_products");

    private final FieldSelection selection;

    private OrderFields(FieldSelection selection) {
        this.selection = selection;
    }

    public static OrderFields of(Optional<String> params, Optional<String> exclude, boolean responseFieldsGiven) {
        return new OrderFields(FieldSelection.of(params.map(OrderFields::expanded), exclude.map(OrderFields::expanded),
                responseFieldsGiven, expanded(DEFAULT_PARAMS)));
    }

    /** The order with the fields asked for, in API2Cart's order of fields. */
    public Map<String, Object> select(Map<String, Object> order) {
        Map<String, Object> out = new LinkedHashMap<>();
        order.forEach((field, value) -> {
            if (selection.wants(field)) {
                out.put(field, value);
            }
        });
        return out;
    }

    private static String expanded(String names) {
        return Arrays.stream(names.split(",", -1)).map(name -> ALIASES.getOrDefault(name.trim(), name))
                .collect(Collectors.joining(","));
    }
}
