package dev.spgateway.product.control;

import dev.spgateway.api.control.ApiCall;
import dev.spgateway.api.control.ApiException;
import dev.spgateway.api.control.ResponseFields;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** What a product call asks for: which report, which products, which page, which fields. */
public record ProductRequest(
        String storeKey,
        Optional<String> reportRequestId,
        boolean disableReportCache,
        ProductFilter filter,
        int start,
        int count,
        FieldSelection fields,
        Optional<ResponseFields> responseFields) {

    public static final int DEFAULT_COUNT = 10;
    public static final int MAX_COUNT = 250;

    public static ProductRequest of(ApiCall call) {
        String storeKey = call.storeKey().orElseThrow(() -> ApiException.missing("store_key"));
        Optional<PageCursor> cursor = call.optional("page_cursor").map(PageCursor::decode);
        ProductFilter filter = new ProductFilter(cursor.map(PageCursor::filter).orElseGet(() -> filterParameters(call)));
        int start = cursor.map(PageCursor::start).orElseGet(() -> call.integer("start", 0, 0, Integer.MAX_VALUE));
        int count = cursor.map(PageCursor::count).orElseGet(() -> call.integer("count", DEFAULT_COUNT, 0, MAX_COUNT));
        Optional<ResponseFields> responseFields = ResponseFields.parse(call.optional("response_fields"));
        return new ProductRequest(storeKey, call.optional("report_request_id"),
                call.bool("disable_report_cache", false), filter, start, count == 0 ? DEFAULT_COUNT : count,
                FieldSelection.of(call.optional("params"), call.optional("exclude"), responseFields.isPresent()),
                responseFields);
    }

    private static Map<String, String> filterParameters(ApiCall call) {
        Map<String, String> parameters = new LinkedHashMap<>();
        ProductFilter.NAMES.forEach(name -> call.optional(name).ifPresent(value -> parameters.put(name, value)));
        return parameters;
    }

    public Optional<String> next(int total) {
        return start + count < total ? Optional.of(new PageCursor(start + count, count, filter.parameters()).encode())
                : Optional.empty();
    }

    public Optional<String> previous() {
        return start > 0 ? Optional.of(new PageCursor(Math.max(0, start - count), count, filter.parameters()).encode())
                : Optional.empty();
    }
}
