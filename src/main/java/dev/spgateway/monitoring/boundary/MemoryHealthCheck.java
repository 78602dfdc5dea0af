package dev.spgateway.monitoring.boundary;

import dev.spgateway.monitoring.control.MemoryPressure;
import dev.spgateway.report.boundary.ReportCache;
import dev.spgateway.report.control.CacheStatistics;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/** Ready only while the instance has memory to spare; see {@link MemoryPressure}. */
@Readiness
@ApplicationScoped
public class MemoryHealthCheck implements HealthCheck {

    @EJB
    ReportCache cache;

    @Inject
    @ConfigProperty(name = "spgateway.health.max-heap-after-gc")
    double maxHeapAfterGc;

    Clock clock = Clock.systemUTC();

    @Override
    public HealthCheckResponse call() {
        CacheStatistics statistics = cache.statistics();
        MemoryPressure pressure = new MemoryPressure(heapAfterGc(), Runtime.getRuntime().maxMemory(), maxHeapAfterGc,
                cache.lastShortage());
        Optional<String> reason = pressure.reason(clock.instant());
        HealthCheckResponseBuilder response = HealthCheckResponse.named("memory").status(reason.isEmpty())
                .withData("heap-after-gc-bytes", pressure.heapAfterGc())
                .withData("heap-max-bytes", pressure.maxHeap())
                .withData("report-cache-bytes", statistics.bytes())
                .withData("report-cache-max-bytes", statistics.maxBytes());
        reason.ifPresent(why -> response.withData("reason", why));
        return response.build();
    }

    /** The heap the latest collection of each heap pool left in use. */
    private static long heapAfterGc() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP)
                .map(MemoryPoolMXBean::getCollectionUsage)
                .filter(Objects::nonNull)
                .mapToLong(MemoryUsage::getUsed)
                .sum();
    }
}
