package dev.spgateway.amazon.control;

/** Amazon could not be reached or kept failing: a connection error, a timeout or 5xx answers. */
public class SpApiUnavailable extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public SpApiUnavailable(String message) {
        super(message, null, false, false);
    }
}
