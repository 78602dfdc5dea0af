package dev.spgateway.amazon.control;

import dev.spgateway.platform.control.RemoteFailure;

/**
 * Login with Amazon could not be reached or answered a server error (5xx, or 429) even after the retries:
 * nothing is wrong with the credentials.
 */
public class LwaUnavailable extends RemoteFailure {

    private static final long serialVersionUID = 1L;

    public LwaUnavailable(String message) {
        super(Kind.UNAVAILABLE, message);
    }
}
