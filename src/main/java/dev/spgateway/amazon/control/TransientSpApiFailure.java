package dev.spgateway.amazon.control;

/** A failure worth retrying: throttling (429) or a server error (5xx). */
public class TransientSpApiFailure extends SpApiFailure {

    private static final long serialVersionUID = 1L;

    public TransientSpApiFailure(int status, String code, String message) {
        super(status, code, message);
    }
}
