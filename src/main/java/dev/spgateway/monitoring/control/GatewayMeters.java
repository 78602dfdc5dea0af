package dev.spgateway.monitoring.control;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * The gateway's meters in Prometheus text, kept by the application itself, so that every server serves the
 * same names (Payara's MicroProfile Metrics and WildFly's Micrometer differ, and WildFly has no MicroProfile
 * Metrics). Names as the gateway published them before: the report wait is a summary in seconds without a
 * unit suffix ({@code spgateway_report_wait_count}, {@code _sum}, quantiles).
 */
public final class GatewayMeters implements AutoCloseable {

    public static final String CALLS = "spgateway.spapi.calls";
    public static final String THROTTLES = "spgateway.spapi.throttled";
    public static final String REPORT_WAIT = "spgateway.report.wait";
    private static final double[] QUANTILES = {0.5, 0.75, 0.95, 0.98, 0.99, 0.999};

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);

    /** A value read at every scrape; {@code bytes} adds the {@code _bytes} suffix. */
    public void gauge(String name, String description, boolean bytes, Supplier<Number> value) {
        Gauge.builder(name, value).description(description).baseUnit(bytes ? "bytes" : null).strongReference(true)
                .register(registry);
    }

    /** One SP-API attempt, and whether Amazon answered it with 429. */
    public void spApiCall(String operation, boolean throttled) {
        Counter.builder(CALLS).description("SP-API calls (each attempt) per operation").tag("operation", operation)
                .register(registry).increment();
        if (throttled) {
            Counter.builder(THROTTLES).description("SP-API calls Amazon answered with 429 per operation")
                    .tag("operation", operation).register(registry).increment();
        }
    }

    public void reportWaited(Duration waited, boolean finished) {
        DistributionSummary.builder(REPORT_WAIT)
                .description("Time a product call waited for Amazon to finish a report, in seconds")
                .tag("outcome", finished ? "finished" : "not_ready").publishPercentiles(QUANTILES)
                .register(registry).record(waited.toNanos() / 1e9);
    }

    /** Prometheus text exposition format 0.0.4. */
    public String prometheusText() {
        return registry.scrape();
    }

    @Override
    public void close() {
        registry.close();
    }
}
