package dev.spgateway.product.control;

import dev.spgateway.api.control.ApiException;
import dev.spgateway.api.control.ParameterRules;
import dev.spgateway.report.control.ListingColumn;
import dev.spgateway.report.control.ListingRow;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * product.list / product.count filters and order, read from the call's parameters (or from a page cursor,
 * which carries them so that a client may send the cursor alone).
 */
public record ProductFilter(Map<String, String> parameters) {

    /** The parameters that define which products and in which order; a page cursor carries exactly these. */
    public static final List<String> NAMES = List.of("product_ids", "sku", "find_value", "find_where",
            "created_from", "created_to", "status", "avail_sale", "avail_view", "store_id", "sort_by",
            "sort_direction");

    /** The filters that are true or false (JSON booleans as well as text). */
    public static final Set<String> FLAGS = Set.of("avail_sale", "avail_view");

    /** Limits of the filters whose values are free text; the others are checked against what they may be. */
    private static final Map<String, Integer> MAX_LENGTHS = Map.of("sku", ProductRequest.MAX_SKU_LENGTH,
            "find_value", 255, "status", 40, "store_id", 20);

    private static final Set<String> SORTS = Set.of("id", "name", "price", "quantity", "create_at");
    private static final Set<String> FIND_WHERE = Set.of("name", "sku", "id", "description", "model", "asin");

    public ProductFilter {
        parameters = Map.copyOf(parameters);
        validate(parameters);
    }

    public Optional<String> storeId() {
        return Optional.ofNullable(parameters.get("store_id"));
    }

    public boolean isEmpty() {
        return parameters.keySet().stream().noneMatch(name -> !name.equals("store_id") && !name.startsWith("sort_"));
    }

    public Optional<String> sortBy() {
        return Optional.ofNullable(parameters.get("sort_by"));
    }

    public boolean descending() {
        return "desc".equalsIgnoreCase(parameters.getOrDefault("sort_direction", "asc"));
    }

    public Predicate<ListingRow> predicate() {
        List<Predicate<ListingRow>> tests = new ArrayList<>();
        value("product_ids").map(ids -> new HashSet<>(Arrays.asList(ids.split(","))))
                .ifPresent(ids -> tests.add(row -> ids.contains(row.get(ListingColumn.SELLER_SKU))));
        value("sku").ifPresent(sku -> tests.add(row -> sku.equals(row.get(ListingColumn.SELLER_SKU))));
        value("find_value").ifPresent(find -> tests.add(finder(find, parameters.getOrDefault("find_where", "name"))));
        value("created_from").flatMap(OpenDates::parseFilter)
                .ifPresent(from -> tests.add(row -> created(row).map(at -> !at.isBefore(from)).orElse(false)));
        value("created_to").flatMap(OpenDates::parseFilter)
                .ifPresent(to -> tests.add(row -> created(row).map(at -> !at.isAfter(to)).orElse(false)));
        value("status").ifPresent(status -> tests.add(row -> status.equalsIgnoreCase(
                String.valueOf(row.get(ListingColumn.STATUS)).trim())));
        value("avail_sale").map(Boolean::parseBoolean)
                .ifPresent(sale -> tests.add(row -> ProductStock.isActive(row) == sale));
        value("avail_view").map(Boolean::parseBoolean).filter(view -> !view).ifPresent(view -> tests.add(row -> false));
        return tests.stream().reduce(row -> true, Predicate::and);
    }

    private Optional<String> value(String name) {
        return Optional.ofNullable(parameters.get(name)).map(String::trim).filter(v -> !v.isEmpty());
    }

    private static Optional<OffsetDateTime> created(ListingRow row) {
        return OpenDates.parseReportDate(row.get(ListingColumn.OPEN_DATE));
    }

    private static Predicate<ListingRow> finder(String find, String where) {
        String needle = find.toLowerCase(Locale.ROOT);
        ListingColumn column = switch (where) {
            case "sku", "id", "model" -> ListingColumn.SELLER_SKU;
            case "description" -> ListingColumn.ITEM_DESCRIPTION;
            case "asin" -> ListingColumn.ASIN1;
            default -> ListingColumn.ITEM_NAME;
        };
        return row -> {
            String value = row.get(column);
            return value != null && value.toLowerCase(Locale.ROOT).contains(needle);
        };
    }

    private static void validate(Map<String, String> parameters) {
        MAX_LENGTHS.forEach((name, maxLength) -> Optional.ofNullable(parameters.get(name))
                .ifPresent(value -> ParameterRules.length(name, value, maxLength)));
        String sort = parameters.get("sort_by");
        if (sort != null && !SORTS.contains(sort)) {
            throw ApiException.incorrect("sort_by", "expected one of " + String.join(", ", SORTS.stream().sorted().toList()));
        }
        String direction = parameters.get("sort_direction");
        if (direction != null && !direction.equalsIgnoreCase("asc") && !direction.equalsIgnoreCase("desc")) {
            throw ApiException.incorrect("sort_direction", "expected asc or desc");
        }
        String where = parameters.get("find_where");
        if (where != null && !FIND_WHERE.contains(where)) {
            throw ApiException.incorrect("find_where", "expected one of "
                    + String.join(", ", FIND_WHERE.stream().sorted().toList()));
        }
        for (String date : List.of("created_from", "created_to")) {
            String value = parameters.get(date);
            if (value != null && OpenDates.parseFilter(value).isEmpty()) {
                throw ApiException.incorrect(date, "expected a date such as 2024-03-02T10:20:03");
            }
        }
        for (String bool : FLAGS) {
            String value = parameters.get(bool);
            if (value != null && !value.equalsIgnoreCase("true") && !value.equalsIgnoreCase("false")) {
                throw ApiException.incorrect(bool, "must be true or false");
            }
        }
    }
}
