package dev.spgateway.api.control;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * The API2Cart answer: {@code {"return_code", "return_message", "pagination"?, "result"}}. Result values are
 * plain maps, lists and scalars so that each method decides its exact shape, nulls included.
 */
public record Envelope(ReturnCode returnCode, String returnMessage, Pagination pagination, Object result,
        ResponseFields fields) {

    public Envelope(ReturnCode returnCode, String returnMessage, Pagination pagination, Object result) {
        this(returnCode, returnMessage, pagination, result, null);
    }

    public Envelope {
        if (returnCode == null) {
            throw new IllegalArgumentException("return code is required");
        }
        returnMessage = returnMessage == null ? "" : returnMessage;
        result = result == null ? Map.of() : result;
    }

    /** This answer as a method's completed stage. */
    public CompletionStage<Envelope> now() {
        return CompletableFuture.completedStage(this);
    }

    public static Envelope ok(Object result) {
        return new Envelope(ReturnCode.OK, "", null, result);
    }

    public static Envelope page(Object result, Pagination pagination) {
        return new Envelope(ReturnCode.OK, "", pagination, result);
    }

    public static Envelope failure(ReturnCode code, String message) {
        return new Envelope(code, message, null, null);
    }

    public static Envelope failure(ApiException e) {
        return failure(e.returnCode(), e.getMessage());
    }

    public boolean isOk() {
        return returnCode == ReturnCode.OK;
    }

    /** The wire shape, in API2Cart's key order; {@code pagination} only where the answer is a list. */
    public Map<String, Object> toWire() {
        Map<String, Object> wire = new LinkedHashMap<>();
        wire.put("return_code", returnCode.code());
        wire.put("return_message", returnMessage);
        if (pagination != null) {
            wire.put("pagination", pagination.toWire());
        }
        wire.put("result", result);
        return fields == null ? wire : castToMap(fields.apply(wire));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> castToMap(Object value) {
        return (Map<String, Object>) value;
    }

    /** A success trimmed to the caller's {@code response_fields}; failures always keep their code. */
    public Envelope select(ResponseFields fields) {
        return isOk() ? new Envelope(returnCode, returnMessage, pagination, result, fields) : this;
    }

    /** Cursor links of a list answer. */
    public record Pagination(String previous, String next) {

        Map<String, Object> toWire() {
            Map<String, Object> wire = new LinkedHashMap<>();
            wire.put("previous", previous);
            wire.put("next", next);
            return wire;
        }
    }
}
