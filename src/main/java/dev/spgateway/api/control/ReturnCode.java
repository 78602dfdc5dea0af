package dev.spgateway.api.control;

/**
 * API2Cart's return codes. Every answer carries one of them with HTTP 200.
 */
public enum ReturnCode {
    OK(0, ""),
    SERVICE_UNAVAILABLE(1, "Service unavailable"),
    INCORRECT_API_KEY(2, "Incorrect API Key"),
    METHOD_NOT_FOUND(3, "Method not found"),
    STORE_ACCESS_DENIED(4, "Store access denied"),
    API_ACCESS_DENIED(5, "API access denied"),
    API_KEY_DISABLED(6, "API Key is disabled"),
    STORE_REQUEST_LIMIT(7, "Store request limit reached"),
    STORE_ALREADY_EXISTS(8, "Store already exists"),
    INTERNAL_ERROR(9, "Internal error"),
    ACCOUNT_REQUEST_LIMIT(10, "Account request limit reached"),
    STORE_API_ERROR(100, "Store API error"),
    STORE_NOT_FOUND(101, "Store not found"),
    STORE_ERROR(107, "Store error"),
    INCORRECT_PARAMETER(109, "Incorrect parameter"),
    TOO_MANY_REQUESTS_TO_STORE(110, "Too many requests to the store API"),
    TOO_MANY_ITEMS(111, "Too many items"),
    NOT_FOUND(112, "Not found"),
    ALREADY_EXISTS(113, "Already exists"),
    REQUIRED_PARAMETER_MISSING(114, "Required parameter is missing");

    private final int code;
    private final String defaultMessage;

    ReturnCode(int code, String defaultMessage) {
        this.code = code;
        this.defaultMessage = defaultMessage;
    }

    public int code() {
        return code;
    }

    public String defaultMessage() {
        return defaultMessage;
    }
}
