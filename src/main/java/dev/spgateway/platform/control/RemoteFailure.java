package dev.spgateway.platform.control;

import jakarta.ejb.ApplicationException;

/**
 * A service the gateway depends on failed a call, told in terms every layer shares: the access layer says
 * what went wrong, the API boundary decides what a client is answered. {@link #getMessage()} stays the
 * service's own text; {@link #description()} is the sentence a client may read. It crosses a session bean as
 * it is, not wrapped as the container's own failure, so that the API boundary can still tell what it was.
 */
@ApplicationException(rollback = true)
public abstract class RemoteFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** What kind of failure it was, as far as a caller of the gateway is concerned. */
    public enum Kind {
        /** The service kept throttling the gateway beyond its retries. */
        THROTTLED,
        /** The service could not be reached, kept failing, or answered something that cannot be used. */
        UNAVAILABLE,
        /** The service answered the request with an error of its own. */
        REFUSED,
        /** The service refused the credentials the gateway signed in with. */
        CREDENTIALS_REJECTED
    }

    private final Kind kind;

    protected RemoteFailure(Kind kind, String message) {
        super(message, null, false, false);
        this.kind = kind;
    }

    public final Kind kind() {
        return kind;
    }

    /** The failure as a client may read it: names the service and its error, never a secret. */
    public String description() {
        return getMessage();
    }
}
