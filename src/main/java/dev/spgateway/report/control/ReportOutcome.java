package dev.spgateway.report.control;

/** Either the report's rows, or the id to ask again with while Amazon is still preparing it. */
public sealed interface ReportOutcome {

    record Ready(CachedReport report) implements ReportOutcome {
    }

    record NotReady(String reportRequestId) implements ReportOutcome {
    }
}
