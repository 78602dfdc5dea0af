package dev.spgateway.monitoring.boundary;

import dev.spgateway.amazon.control.SpApiStatistics.SpApiCallRecorded;
import dev.spgateway.report.boundary.ReportCache;
import dev.spgateway.report.control.ReportWaited;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Tag;

/**
 * The gateway's MicroProfile Metrics (application scope of {@code /metrics}): SP-API calls and Amazon's 429
 * answers per operation, report cache hits and misses, and how long product calls wait for a report.
 */
@ApplicationScoped
public class GatewayMetrics {

    static final String CALLS = "spgateway.spapi.calls";
    static final String THROTTLES = "spgateway.spapi.throttled";
    static final String REPORT_WAIT = "spgateway.report.wait";

    @Inject
    MetricRegistry registry;

    @EJB
    ReportCache cache;

    @PostConstruct
    void registerGauges() {
        registry.gauge(Metadata.builder().withName("spgateway.report.cache.hits")
                .withDescription("Report cache lookups that found a report, since start").build(),
                cache, c -> c.statistics().hits());
        registry.gauge(Metadata.builder().withName("spgateway.report.cache.misses")
                .withDescription("Report cache lookups that found none, since start").build(),
                cache, c -> c.statistics().misses());
        registry.gauge(Metadata.builder().withName("spgateway.report.cache.entries")
                .withDescription("Reports in the cache").build(), cache, c -> c.statistics().entries());
        registry.gauge(Metadata.builder().withName("spgateway.report.cache.size").withUnit(MetricUnits.BYTES)
                .withDescription("Memory counted against the report cache's budget: cached reports, reports being "
                        + "read, evicted ones still read").build(), cache, c -> c.statistics().bytes());
        registry.gauge(Metadata.builder().withName("spgateway.report.cache.max-size").withUnit(MetricUnits.BYTES)
                .withDescription("The report cache's memory budget").build(), cache, c -> c.statistics().maxBytes());
    }

    void spApiCall(@Observes SpApiCallRecorded call) {
        Tag operation = new Tag("operation", call.operationId());
        registry.counter(Metadata.builder().withName(CALLS)
                .withDescription("SP-API calls (each attempt) per operation").build(), operation).inc();
        if (call.status() == 429) {
            registry.counter(Metadata.builder().withName(THROTTLES)
                    .withDescription("SP-API calls Amazon answered with 429 per operation").build(), operation).inc();
        }
    }

    void reportWaited(@Observes ReportWaited wait) {
        registry.timer(Metadata.builder().withName(REPORT_WAIT)
                .withDescription("Time a product call waited for Amazon to finish a report").build(),
                new Tag("outcome", wait.finished() ? "finished" : "not_ready")).update(wait.waited());
    }

    /** Created with the application, so that the gauges are there before the first call. */
    void start(@Observes @jakarta.enterprise.context.Initialized(ApplicationScoped.class) Object started) {
        // touching the bean is enough: @PostConstruct registers the gauges
    }
}
