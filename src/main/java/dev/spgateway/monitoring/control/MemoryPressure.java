package dev.spgateway.monitoring.control;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * Whether this instance is short of memory, so that readiness sends traffic elsewhere until it is not:
 * when the heap still in use after the latest collection exceeds a share of the maximum, or when the
 * report cache lately had to refuse a report that would fit its budget alone (the room was held by other
 * reports being read). A report larger than the whole budget is no shortage: it never fits.
 */
public record MemoryPressure(long heapAfterGc, long maxHeap, double maxHeapShare, Optional<Instant> lastShortage) {

    /** How long a refused claim keeps the instance not ready. */
    public static final Duration SHORTAGE_WINDOW = Duration.ofMinutes(1);

    /** Why the instance is short of memory now, or empty when it is not. */
    public Optional<String> reason(Instant now) {
        if (maxHeap > 0 && heapAfterGc > maxHeap * maxHeapShare) {
            return Optional.of(String.format(Locale.ROOT, "%.0f%% of the heap is in use after garbage collection "
                    + "(more than %.0f%%)", 100.0 * heapAfterGc / maxHeap, 100 * maxHeapShare));
        }
        return lastShortage.filter(at -> at.isAfter(now.minus(SHORTAGE_WINDOW)))
                .map(at -> "the report cache could not make room for a report at " + at);
    }
}
