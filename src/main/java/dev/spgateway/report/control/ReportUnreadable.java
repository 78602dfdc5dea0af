package dev.spgateway.report.control;

/** Amazon's document arrived whole but is no listings report the gateway can read: it says why. */
public class ReportUnreadable extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ReportUnreadable(String message) {
        super(message, null, false, false);
    }
}
