package dev.spgateway.order.control;

import dev.spgateway.api.control.ApiCall;
import dev.spgateway.api.control.ApiException;
import dev.spgateway.api.control.ParameterRules;
import dev.spgateway.api.control.ResponseFields;
import dev.spgateway.product.control.OpenDates;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * What an order call asks for, every parameter checked before anything reaches the database or Amazon. A
 * {@code page_cursor} stands for the filters and the page it was issued with; the other parameters (fields,
 * rounding, cache) are read from the call as always.
 */
public record OrderRequest(String storeKey, OrderFilter filter, Map<String, String> filterParameters, OrderPage page,
                           OrderFields fields, Optional<ResponseFields> responseFields,
                           OptionalInt roundingPrecision, boolean refresh) {

    public static final int DEFAULT_COUNT = 10;
    public static final int MAX_COUNT = 250;
    /** Amazon order ids are 19 characters; anything far longer is not one. */
    public static final int MAX_ID_LENGTH = 40;
    /** API2Cart's rounding_precision: decimal places of money values. */
    public static final int MIN_PRECISION = 1;
    public static final int MAX_PRECISION = 6;
    /** A cursor carries the buyer e-mail filter by its hash, never the e-mail. */
    public static final String EMAIL_HASH = "customer_email_hash";
    private static final List<String> FILTERS = List.of("ids", "order_ids", "created_from", "created_to",
            "modified_from", "modified_to", "order_status", "order_status_ids", "store_id", "fulfillment_channel",
            "sort_by", "sort_direction");
    /** What a page cursor may carry. */
    static final Set<String> CURSOR_FILTERS = Set.copyOf(concat(FILTERS, List.of(EMAIL_HASH)));
    private static final Set<String> SORTS = Set.of("order_id", "create_at", "modified_at");

    public OrderRequest {
        filterParameters = Map.copyOf(filterParameters);
    }

    /** Without cursor support: for calls that take no page_cursor (order.count, order.info). */
    public static OrderRequest of(ApiCall call) {
        return of(call, null);
    }

    public static OrderRequest of(ApiCall call, OrderCursors cursors) {
        String storeKey = call.storeKey().orElseThrow(() -> ApiException.missing("store_key"));
        Optional<OrderCursor> cursor = call.text("page_cursor", OrderCursors.MAX_LENGTH)
                .filter(token -> cursors != null).map(token -> cursors.open(token, storeKey));
        Map<String, String> parameters = cursor.map(OrderCursor::filter).orElseGet(() -> filterParameters(call));
        OrderFilter filter = cursor.map(c -> fromCursor(call, storeKey, c.filter())).orElseGet(() -> filter(call));
        OrderPage page = cursor.map(OrderCursor::page).orElseGet(() -> OrderPage.offset(
                call.integer("start", 0, 0, Integer.MAX_VALUE), call.integer("count", DEFAULT_COUNT, 1, MAX_COUNT)));
        Optional<ResponseFields> responseFields = ResponseFields.parse(call.optional("response_fields"));
        int precision = call.integer("rounding_precision", 0, MIN_PRECISION, MAX_PRECISION);
        return new OrderRequest(storeKey, filter, parameters, page,
                OrderFields.of(call.text("params", OrderFields.MAX_LENGTH), call.text("exclude", OrderFields.MAX_LENGTH),
                        responseFields.isPresent()), responseFields,
                precision == 0 ? OptionalInt.empty() : OptionalInt.of(precision),
                !call.optionalBool("enable_cache").orElse(true));
    }

    public int count() {
        return page.count();
    }

    /** The cursor of the page after the given row, or before it, with this request's filters. */
    public OrderCursor cursor(OrderPage page, Optional<String> emailHash) {
        Map<String, String> carried = new LinkedHashMap<>(filterParameters);
        emailHash.ifPresent(hash -> carried.put(EMAIL_HASH, hash));
        return new OrderCursor(carried, page);
    }

    private static Map<String, String> filterParameters(ApiCall call) {
        Map<String, String> parameters = new LinkedHashMap<>();
        FILTERS.forEach(name -> call.optional(name).ifPresent(value -> parameters.put(name, value)));
        return parameters;
    }

    /** A cursor's filters are checked again as parameters: a sealed cursor is still only what it says. */
    private static OrderFilter fromCursor(ApiCall call, String storeKey, Map<String, String> carried) {
        Map<String, String> parameters = new LinkedHashMap<>(carried);
        Optional<String> hash = Optional.ofNullable(parameters.remove(EMAIL_HASH));
        OrderFilter filter = filter(new ApiCall(call.method(), (String) null, storeKey, parameters));
        return hash.map(h -> filter.withEmailHashes(List.of(h))).orElse(filter);
    }

    /** The order id of order.info: {@code order_id}, else {@code id}; 114 without either. */
    public static String orderId(ApiCall call) {
        // both are checked, whichever is used: a bad value is refused wherever it stands
        Optional<String> plainId = call.text("id", MAX_ID_LENGTH);
        Optional<String> id = call.text("order_id", MAX_ID_LENGTH).or(() -> plainId);
        return ParameterRules.printableAscii("order_id", id.orElseThrow(() -> ApiException.missing("order_id")),
                MAX_ID_LENGTH);
    }

    private static OrderFilter filter(ApiCall call) {
        Optional<List<String>> plainIds = ids(call, "ids");
        List<String> ids = ids(call, "order_ids").or(() -> plainIds).orElse(List.of());
        Optional<List<String>> status = call.text("order_status", 100).map(OrderRequest::statuses);
        List<String> statuses = call.text("order_status_ids", 1000).map(OrderRequest::statuses).or(() -> status)
                .orElse(List.of());
        Optional<String> channel = call.text("fulfillment_channel", 10).map(c -> {
            if (!c.equals("AFN") && !c.equals("MFN")) {
                throw ApiException.incorrect("fulfillment_channel", "AFN or MFN");
            }
            return c;
        });
        Optional<String> sortBy = call.text("sort_by", 20);
        sortBy.filter(s -> !SORTS.contains(s)).ifPresent(s -> {
            throw ApiException.incorrect("sort_by", "one of order_id, create_at, modified_at");
        });
        Optional<String> direction = call.text("sort_direction", 10).map(d -> d.toLowerCase(java.util.Locale.ROOT));
        direction.filter(d -> !d.equals("asc") && !d.equals("desc")).ifPresent(d -> {
            throw ApiException.incorrect("sort_direction", "asc or desc");
        });
        return new OrderFilter(ids, date(call, "created_from"), date(call, "created_to"), date(call, "modified_from"),
                date(call, "modified_to"), statuses, call.text("store_id", 20), channel, sortBy.orElse("create_at"),
                direction.map("desc"::equals).orElse(false), email(call), Optional.empty());
    }

    /** A buyer e-mail: one address, at most 254 characters (RFC 5321). */
    private static Optional<String> email(ApiCall call) {
        return call.text("customer_email", BuyerEmails.MAX_LENGTH).map(email -> {
            int at = email.indexOf('@');
            if (at < 1 || at != email.lastIndexOf('@') || at == email.length() - 1 || email.chars()
                    .anyMatch(Character::isWhitespace)) {
                throw ApiException.incorrect("customer_email", "one e-mail address such as buyer@example.com");
            }
            return BuyerEmails.normalized(email);
        });
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new java.util.ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static Optional<List<String>> ids(ApiCall call, String name) {
        return call.text(name, MAX_COUNT * (MAX_ID_LENGTH + 1)).map(text -> {
            List<String> ids = Arrays.stream(text.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                    .map(id -> ParameterRules.printableAscii(name, id, MAX_ID_LENGTH)).distinct().toList();
            if (ids.size() > MAX_COUNT) {
                throw ApiException.incorrect(name, "at most " + MAX_COUNT + " ids");
            }
            return ids;
        });
    }

    private static List<String> statuses(String text) {
        return Arrays.stream(text.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                .map(s -> OrderStatus.fromDisplayName(s).orElseThrow(() -> ApiException.incorrect("order_status",
                        "one of " + String.join(", ", OrderStatus.displayNames()))).displayName())
                .toList();
    }

    private static Optional<Instant> date(ApiCall call, String name) {
        return call.text(name, 40).map(text -> OpenDates.parseFilter(text).orElseThrow(() ->
                ApiException.incorrect(name, "a date such as 2024-03-02T10:20:03 or 2024-03-02 10:20:03 (UTC)"))
                .toInstant());
    }
}
