package dev.spgateway.product.control;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * API2Cart's {@code params} and {@code exclude}: which product fields an answer carries. {@code force_all}
 * (or a {@code response_fields} selection, which trims the whole answer itself) keeps every field.
 */
public final class FieldSelection {

    public static final String DEFAULT_PARAMS = "id,name,description,price,categories_ids";

    /** Every field, as {@code params=force_all}. */
    public static final FieldSelection ALL = new FieldSelection(Set.of(), Set.of(), true);

    private final Set<String> params;
    private final Set<String> exclude;
    private final boolean all;

    private FieldSelection(Set<String> params, Set<String> exclude, boolean all) {
        this.params = params;
        this.exclude = exclude;
        this.all = all;
    }

    public static FieldSelection of(Optional<String> params, Optional<String> exclude, boolean responseFieldsGiven) {
        Set<String> named = split(params.orElse(DEFAULT_PARAMS));
        boolean all = responseFieldsGiven || named.contains("force_all") || named.contains("*");
        return new FieldSelection(named, split(exclude.orElse("")), all);
    }

    /** Whether the answer may carry every field, rather than a few named ones. */
    public boolean isAll() {
        return all;
    }

    public boolean wants(String field) {
        return (all || params.contains(field)) && !exclude.contains(field);
    }

    private static Set<String> split(String text) {
        return Arrays.stream(text.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }
}
