package dev.spgateway.sandbox.spapi;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.spgateway.sandbox.http.Json;

/** An SP-API error answer: status plus Amazon's {"errors":[{code,message,details}]} body. */
public final class ApiError extends Exception {

    private final int status;
    private final String code;
    private final String details;

    public ApiError(int status, String code, String message, String details) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
        this.details = details;
    }

    public static ApiError invalidInput(String message, String details) {
        return new ApiError(400, "InvalidInput", message, details);
    }

    public static ApiError notFound(String message) {
        return new ApiError(404, "NotFound", message, "");
    }

    public static ApiError unauthorized(String message, String details) {
        return new ApiError(403, "Unauthorized", message, details);
    }

    /** The error Amazon answers with for a bare status, used by scripted faults. */
    public static ApiError forStatus(int status) {
        return switch (status) {
            case 400 -> invalidInput("Invalid input", "");
            case 401, 403 -> unauthorized("Access to requested resource is denied.", "");
            case 404 -> notFound("Resource not found");
            case 413 -> new ApiError(413, "RequestEntityTooLarge", "The request size exceeded the maximum accepted size.", "");
            case 415 -> new ApiError(415, "UnsupportedMediaType", "The request payload is in an unsupported format.", "");
            case 429 -> quotaExceeded();
            case 503 -> new ApiError(503, "ServiceUnavailable", "Service temporarily unavailable. Please try again later.", "");
            default -> new ApiError(status, "InternalFailure", "We encountered an internal error. Please try again.", "");
        };
    }

    public static ApiError quotaExceeded() {
        return new ApiError(429, "QuotaExceeded", "You exceeded your quota for the requested resource.", "");
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public ObjectNode body() {
        ObjectNode body = Json.object();
        ArrayNode errors = body.putArray("errors");
        ObjectNode error = errors.addObject();
        error.put("code", code);
        error.put("message", getMessage());
        error.put("details", details == null ? "" : details);
        return body;
    }
}
