package dev.spgateway.monitoring.boundary;

import dev.spgateway.amazon.control.SpApiStatistics.SpApiCallRecorded;
import dev.spgateway.monitoring.control.GatewayMeters;
import dev.spgateway.report.boundary.ReportCache;
import dev.spgateway.report.control.ReportWaited;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * The gateway's metrics, served in Prometheus text by {@link MetricsServlet} on every server: SP-API calls
 * and Amazon's 429 answers per operation, the report cache, and how long product calls wait for a report.
 */
@ApplicationScoped
public class GatewayMetrics {

    private final GatewayMeters meters = new GatewayMeters();

    @EJB
    ReportCache cache;

    @PostConstruct
    void registerGauges() {
        meters.gauge("spgateway.report.cache.hits", "Report cache lookups that found a report, since start", false,
                () -> cache.statistics().hits());
        meters.gauge("spgateway.report.cache.misses", "Report cache lookups that found none, since start", false,
                () -> cache.statistics().misses());
        meters.gauge("spgateway.report.cache.entries", "Reports in the cache", false,
                () -> cache.statistics().entries());
        meters.gauge("spgateway.report.cache.size", "Memory counted against the report cache's budget: cached "
                + "reports, reports being read, evicted ones still read", true, () -> cache.statistics().bytes());
        meters.gauge("spgateway.report.cache.max-size", "The report cache's memory budget", true,
                () -> cache.statistics().maxBytes());
    }

    @PreDestroy
    void close() {
        meters.close();
    }

    void spApiCall(@Observes SpApiCallRecorded call) {
        meters.spApiCall(call.operationId(), call.status() == 429);
    }

    void reportWaited(@Observes ReportWaited wait) {
        meters.reportWaited(wait.waited(), wait.finished());
    }

    String prometheusText() {
        return meters.prometheusText();
    }

    /** Created with the application, so that the gauges are there before the first call. */
    void start(@Observes @jakarta.enterprise.context.Initialized(ApplicationScoped.class) Object started) {
        // touching the bean is enough: @PostConstruct registers the gauges
    }
}
