package dev.spgateway.report.control;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One request's use of a cached report. While it is open, the report's memory counts against the cache's
 * budget even if the report is evicted meanwhile: the request still holds the rows.
 */
public final class ReportReading implements AutoCloseable {

    private final CachedReport report;
    private final AtomicBoolean closed = new AtomicBoolean();

    ReportReading(CachedReport report) {
        this.report = report;
    }

    public CachedReport report() {
        return report;
    }

    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            report.dropReference();
        }
    }
}
