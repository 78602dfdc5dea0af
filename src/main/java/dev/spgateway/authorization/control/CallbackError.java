package dev.spgateway.authorization.control;

/**
 * The {@code error} a return URL carries with {@code status=error}: a stable code the integrator can act on.
 * The detail stays in the gateway; the URL travels through the browser and its history.
 */
public enum CallbackError {
    /** The state was issued more than the configured time ago. */
    EXPIRED_STATE("expired_state"),
    /** Amazon sent no code, or the seller id it sent cannot be one. */
    INVALID_CALLBACK("invalid_callback"),
    /** LWA refused the code: used before, expired, or issued for another redirect URI or application. */
    INVALID_CODE("invalid_code"),
    /** LWA refused the gateway's application (its client id or secret). */
    APPLICATION_REJECTED("application_rejected"),
    /** The live check of the new store failed (the seller sells in no marketplace of the region, ...). */
    VERIFICATION_FAILED("verification_failed"),
    /** Amazon could not be reached or answered with a server error; the seller may try again. */
    AMAZON_UNAVAILABLE("amazon_unavailable"),
    /** Seller Central reported an error of its own. */
    AMAZON_ERROR("amazon_error"),
    /** Something failed inside the gateway; its log says what. */
    INTERNAL_ERROR("internal_error");

    private final String code;

    CallbackError(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
