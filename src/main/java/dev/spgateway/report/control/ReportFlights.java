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

    public ReportOutcome run(String key, Supplier<ReportOutcome> work, Duration joinWait) {
        return flights.run(key, work, joinWait);
    }
}
