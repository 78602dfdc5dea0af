package dev.spgateway.order.control;

import dev.spgateway.api.control.ApiException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * API2Cart's {@code params} and {@code exclude} for orders: {@code address} stands for both addresses and
 * {@code items} for order_products; {@code force_all} (or {@code response_fields}) keeps every field.
 */
public final class OrderFields {

    public static final String DEFAULT_PARAMS = "order_id,customer,totals,address,items,bundles,status";
    public static final int MAX_LENGTH = 2000;
    private static final java.util.regex.Pattern FIELD = java.util.regex.Pattern.compile("[A-Za-z0-9_.*-]+");
    private static final Map<String, Set<String>> ALIASES = Map.of(
            "address", Set.of("shipping_address", "billing_address"),
            "items", Set.of("order_products"));

    private final Set<String> params;
    private final Set<String> exclude;
    private final boolean all;

    private OrderFields(Set<String> params, Set<String> exclude, boolean all) {
        this.params = params;
        this.exclude = exclude;
        this.all = all;
    }

    public static OrderFields of(Optional<String> params, Optional<String> exclude, boolean responseFieldsGiven) {
        Set<String> named = split("params", params.orElse(DEFAULT_PARAMS));
        boolean all = responseFieldsGiven || named.contains("force_all") || named.contains("*");
        return new OrderFields(named, split("exclude", exclude.orElse("")), all);
    }

    /** The order with the fields asked for, in API2Cart's order of fields. */
    public Map<String, Object> select(Map<String, Object> order) {
        Map<String, Object> out = new LinkedHashMap<>();
        order.forEach((field, value) -> {
            if ((all || params.contains(field)) && !exclude.contains(field)) {
                out.put(field, value);
            }
        });
        return out;
    }

    private static Set<String> split(String parameter, String text) {
        Set<String> names = Arrays.stream(text.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                .collect(Collectors.toSet());
        if (!names.stream().allMatch(name -> FIELD.matcher(name).matches())) {
            throw ApiException.incorrect(parameter, "a comma-separated list of field names (letters, digits, _ . * -)");
        }
        return names.stream().flatMap(name -> ALIASES.getOrDefault(name, Set.of(name)).stream())
                .collect(Collectors.toUnmodifiableSet());
    }
}
