package dev.spgateway.report.control;

import dev.spgateway.platform.control.SingleFlight;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.function.Supplier;

/**
 * Concurrent identical report requests of one server share one createReport, one wait and one download.
 * Application-scoped because the stateless boundaries that use it are pooled.
 */
@ApplicationScoped
public class ReportFlights {

    private final SingleFlight<ReportOutcome> flights = new SingleFlight<>();

    public ReportOutcome run(String key, Supplier<ReportOutcome> work) {
        return flights.run(key, work);
    }
}
