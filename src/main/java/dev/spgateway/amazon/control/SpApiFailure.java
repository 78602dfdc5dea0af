package dev.spgateway.amazon.control;

import dev.spgateway.platform.control.RemoteFailure;

/**
 * SP-API refused a call: the HTTP status and Amazon's first error ({@code errors[0].code} and message).
 * {@link #isThrottled()} tells a 429 that outlasted the retries.
 */
public class SpApiFailure extends RemoteFailure {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String code;

    public SpApiFailure(int status, String code, String message) {
        super(status == 429 ? Kind.THROTTLED : Kind.REFUSED, message);
        this.status = status;
        this.code = code;
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public boolean isThrottled() {
        return status == 429;
    }

    /** Amazon no longer has what was asked for (a report document past its retention, say). */
    public boolean isNotFound() {
        return status == 404;
    }

    public boolean isUnauthorized() {
        return status == 403;
    }

    @Override
    public String description() {
        return isThrottled() ? "Amazon throttled the request (" + code + "): " + getMessage()
                : "Amazon SP-API error " + code + ": " + getMessage();
    }
}
