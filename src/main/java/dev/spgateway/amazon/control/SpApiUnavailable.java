package dev.spgateway.amazon.control;

import dev.spgateway.platform.control.RemoteFailure;

/** Amazon could not be reached or kept failing: a connection error, a timeout or 5xx answers. */
public class SpApiUnavailable extends RemoteFailure {

    private static final long serialVersionUID = 1L;

    public SpApiUnavailable(String message) {
        super(Kind.UNAVAILABLE, message);
    }
}
