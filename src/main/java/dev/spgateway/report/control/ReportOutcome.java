package dev.spgateway.report.control;

/** The report's rows, or the id to ask again with while Amazon is still preparing it. */
public sealed interface ReportOutcome {

    /** A report in the cache, which each caller sharing the outcome opens for itself. */
    record Ready(CachedReport report) implements ReportOutcome {
    }

    /** A report already opened for the one caller it was found for. */
    record Opened(ReportReading reading) implements ReportOutcome {
    }

    record NotReady(String reportRequestId) implements ReportOutcome {
    }
}
