package dev.spgateway.order.control;

import dev.spgateway.api.control.ApiCall;
import dev.spgateway.api.control.ApiException;
import dev.spgateway.api.control.ParameterRules;
import dev.spgateway.api.control.ResponseFields;
import dev.spgateway.product.control.OpenDates;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** What an order call asks for, every parameter checked before anything reaches the database or Amazon. */
public record OrderRequest(String storeKey, OrderFilter filter, int start, int count, OrderFields fields,
                           Optional<ResponseFields> responseFields) {

    public static final int DEFAULT_COUNT = 10;
    public static final int MAX_COUNT = 250;
    /** Amazon order ids are 19 characters; anything far longer is not one. */
    public static final int MAX_ID_LENGTH = 40;
    private static final Set<String> SORTS = Set.of("order_id", "create_at", "modified_at");

    public static OrderRequest of(ApiCall call) {
        String storeKey = call.storeKey().orElseThrow(() -> ApiException.missing("store_key"));
        Optional<ResponseFields> responseFields = ResponseFields.parse(call.optional("response_fields"));
        int count = call.integer("count", DEFAULT_COUNT, 1, MAX_COUNT);
        return new OrderRequest(storeKey, filter(call), call.integer("start", 0, 0, Integer.MAX_VALUE), count,
                OrderFields.of(call.text("params", OrderFields.MAX_LENGTH), call.text("exclude", OrderFields.MAX_LENGTH),
                        responseFields.isPresent()), responseFields);
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
                direction.map("desc"::equals).orElse(false));
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
