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
    /** The report_job column's width. */
    public static final int MAX_REPORT_REQUEST_ID_LENGTH = 150;
    /** Amazon's seller SKUs, the product ids here, have at most 40 characters. */
    public static final int MAX_SKU_LENGTH = 40;

    /** Reads and checks every parameter of a product call; a page cursor must be one sealed for this store. */
    public static ProductRequest of(ApiCall call, PageCursors cursors) {
        String storeKey = call.storeKey().orElseThrow(() -> ApiException.missing("store_key"));
        Optional<PageCursor> cursor = call.text("page_cursor", PageCursors.MAX_LENGTH)
                .map(token -> cursors.open(token, storeKey));
        ProductFilter filter = new ProductFilter(cursor.map(PageCursor::filter).orElseGet(() -> filterParameters(call)));
        int start = cursor.map(PageCursor::start).orElseGet(() -> call.integer("start", 0, 0, Integer.MAX_VALUE));
        int count = cursor.map(PageCursor::count).orElseGet(() -> call.integer("count", DEFAULT_COUNT, 0, MAX_COUNT));
        Optional<ResponseFields> responseFields = ResponseFields.parse(call.optional("response_fields"));
        return new ProductRequest(storeKey, call.key("report_request_id", MAX_REPORT_REQUEST_ID_LENGTH),
                call.bool("disable_report_cache", false), filter, start, count == 0 ? DEFAULT_COUNT : count,
                FieldSelection.of(call.text("params", FieldSelection.MAX_LENGTH),
                        call.text("exclude", FieldSelection.MAX_LENGTH), responseFields.isPresent()),
                responseFields);
    }

    private static Map<String, String> filterParameters(ApiCall call) {
        Map<String, String> parameters = new LinkedHashMap<>();
        ProductFilter.NAMES.forEach(name -> (ProductFilter.FLAGS.contains(name)
                ? call.optionalBool(name).map(String::valueOf) : call.optional(name))
                .ifPresent(value -> parameters.put(name, value)));
        return parameters;
    }

    /** The page after this one; none past the end (in long arithmetic, so a start near the top cannot wrap). */
    public Optional<PageCursor> next(int total) {
        return (long) start + count < total ? Optional.of(new PageCursor(start + count, count, filter.parameters()))
                : Optional.empty();
    }

    /** The page before this one; from beyond the end, the last page. */
    public Optional<PageCursor> previous(int total) {
        return start > 0 ? Optional.of(new PageCursor(Math.max(0, Math.min(start, total) - count), count,
                filter.parameters())) : Optional.empty();
    }
}
