package dev.spgateway.amazon.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Counts of this instance's SP-API calls per operation, and of Amazon's 429 answers among them. Every attempt
 * counts, retries included: that is what Amazon's usage plan sees. Observers of {@link SpApiCallRecorded}
 * (metrics) get each call as it happens.
 */
@ApplicationScoped
public class SpApiStatistics {

    private final ConcurrentMap<String, LongAdder> calls = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, LongAdder> throttles = new ConcurrentHashMap<>();

    @Inject
    Event<SpApiCallRecorded> recorded;

    public void record(SpApiOperation operation, int status) {
        String id = operation.operationId();
        calls.computeIfAbsent(id, key -> new LongAdder()).increment();
        if (status == 429) {
            throttles.computeIfAbsent(id, key -> new LongAdder()).increment();
        }
        if (recorded != null) {
            recorded.fire(new SpApiCallRecorded(id, status));
        }
    }

    /** Calls per operation id, in name order. */
    public Map<String, Long> calls() {
        return snapshot(calls);
    }

    /** 429 answers per operation id, in name order. */
    public Map<String, Long> throttles() {
        return snapshot(throttles);
    }

    private static Map<String, Long> snapshot(ConcurrentMap<String, LongAdder> counters) {
        Map<String, Long> copy = new TreeMap<>();
        counters.forEach((operation, count) -> copy.put(operation, count.sum()));
        return copy;
    }

    /** One answer Amazon gave to an SP-API call. */
    public record SpApiCallRecorded(String operationId, int status) {
    }
}
