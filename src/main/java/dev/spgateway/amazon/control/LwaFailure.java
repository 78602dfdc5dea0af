package dev.spgateway.amazon.control;

import dev.spgateway.platform.control.RemoteFailure;

/** LWA refused the exchange: its {@code error} code (invalid_client, invalid_grant, …) and description. */
public class LwaFailure extends RemoteFailure {

    private static final long serialVersionUID = 1L;

    private final String error;

    public LwaFailure(String error, String description) {
        super(Kind.CREDENTIALS_REJECTED, description);
        this.error = error == null ? "unknown_error" : error;
    }

    public String error() {
        return error;
    }

    public boolean isInvalidClient() {
        return "invalid_client".equals(error);
    }

    public boolean isInvalidGrant() {
        return "invalid_grant".equals(error);
    }

    @Override
    public String description() {
        return "Login with Amazon refused the store's credentials (" + error + "): " + getMessage();
    }
}
