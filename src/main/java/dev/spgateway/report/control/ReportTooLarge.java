package dev.spgateway.report.control;

/**
 * A report, or work on one, needs more memory than the report cache's budget can give it: either more
 * than the whole budget, or more than is left while other reports are being read.
 */
public class ReportTooLarge extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ReportTooLarge(String message) {
        super(message, null, false, false);
    }
}
