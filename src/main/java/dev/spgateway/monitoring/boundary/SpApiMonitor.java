package dev.spgateway.monitoring.boundary;

import dev.spgateway.amazon.control.SpApiStatistics;
import dev.spgateway.monitoring.control.JmxContribution;
import dev.spgateway.monitoring.control.SpApiMXBean;
import dev.spgateway.store.boundary.StoreOverview;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;

/** SP-API traffic and the stores' states over JMX, with a live re-check of one store. */
@ApplicationScoped
public class SpApiMonitor implements SpApiMXBean, JmxContribution {

    @Inject
    SpApiStatistics statistics;

    @EJB
    StoreOverview stores;

    @Override
    public String type() {
        return "SpApi";
    }

    @Override
    public Class<?> mxbeanInterface() {
        return SpApiMXBean.class;
    }

    @Override
    public Map<String, Long> getCallsPerOperation() {
        return statistics.calls();
    }

    @Override
    public Map<String, Long> getThrottlesPerOperation() {
        return statistics.throttles();
    }

    @Override
    public long getCalls() {
        return statistics.calls().values().stream().mapToLong(Long::longValue).sum();
    }

    @Override
    public long getThrottles() {
        return statistics.throttles().values().stream().mapToLong(Long::longValue).sum();
    }

    @Override
    public Map<String, Integer> getStoresPerState() {
        return stores.countByState();
    }

    @Override
    public String recheckStore(String storeIdOrKey) {
        return stores.recheck(storeIdOrKey)
                .map(outcome -> outcome.valid() ? "valid: " + String.join(",", outcome.marketplaceIds())
                        : "invalid: " + outcome.message())
                .orElse("no store with this id or key");
    }
}
