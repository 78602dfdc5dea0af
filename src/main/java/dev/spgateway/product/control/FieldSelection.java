package dev.spgateway.product.control;

import dev.spgateway.api.control.ApiException;
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
    /** Longer than the list of every field twice over. */
    public static final int MAX_LENGTH = 2000;
    private static final java.util.regex.Pattern FIELD = java.util.regex.Pattern.compile("[A-Za-z0-9_.*-]+");

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
        return of(params, exclude, responseFieldsGiven, DEFAULT_PARAMS);
    }

    /** As {@link #of(Optional, Optional, boolean)} for answers whose default fields are others. */
    public static FieldSelection of(Optional<String> params, Optional<String> exclude, boolean responseFieldsGiven,
            String defaultParams) {
        Set<String> named = split("params", params.orElse(defaultParams));
        boolean all = responseFieldsGiven || named.contains("force_all") || named.contains("*");
        return new FieldSelection(named, split("exclude", exclude.orElse("")), all);
    }

    /** Whether the answer may carry every field, rather than a few named ones. */
    public boolean isAll() {
        return all;
    }

    public boolean wants(String field) {
        return (all || params.contains(field)) && !exclude.contains(field);
    }

    private static Set<String> split(String parameter, String text) {
        Set<String> names = Arrays.stream(text.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
        if (!names.stream().allMatch(name -> FIELD.matcher(name).matches())) {
            throw ApiException.incorrect(parameter, "a comma-separated list of field names (letters, digits, _ . * -)");
        }
        return names;
    }
}
