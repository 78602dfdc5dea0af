package dev.spgateway.report.control;

import dev.spgateway.platform.control.SingleFlight;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * Concurrent identical report requests of one server share one createReport, one wait and one download.
 * A caller that joins waits at most as long as it is told (the flight's own wait plus the download's idle
 * timeout), so a stalled flight never holds its callers longer than it holds itself.
 * Application-scoped because the stateless boundaries that use it are pooled.
 */
@ApplicationScoped
public class ReportFlights {

    private final SingleFlight<ReportOutcome> flights = new SingleFlight<>();

    /** Obtaining the report of the key, from the cache or Amazon, or only from Amazon when {@code fresh}. */
    public ReportOutcome obtain(ReportKey key, boolean fresh, Supplier<ReportOutcome> work, Duration joinWait) {
        return flights.run(key.cacheKey() + (fresh ? "|fresh" : ""), work, joinWait);
    }

    /** Following one stored job of the key to its end. */
    public ReportOutcome follow(ReportKey key, String jobId, Supplier<ReportOutcome> work, Duration joinWait) {
        return flights.run(key.cacheKey() + "|" + jobId, work, joinWait);
    }
}
