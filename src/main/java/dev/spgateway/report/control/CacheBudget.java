package dev.spgateway.report.control;

import java.util.Optional;

/**
 * How much of the heap the report cache may hold. Unset, it is half of the maximum heap: the rest is the
 * server's own (Payara itself, requests in flight, garbage not yet collected). A configured budget above
 * three quarters of the heap is refused, since the server would run out of memory before the cache
 * filled it.
 */
public final class CacheBudget {

    public static final String PROPERTY = "spgateway.report.cache-max-bytes";
    static final int DEFAULT_PERCENT = 50;
    static final int MAX_PERCENT = 75;

    private CacheBudget() {
    }

    /**
     * The budget in bytes.
     *
     * @param configured the property's value, if set
     * @param maxHeap    {@link Runtime#maxMemory()}
     * @throws IllegalArgumentException naming the property and the heap when the configured value is not
     *                                  a positive number of bytes this heap can hold
     */
    public static long of(Optional<Long> configured, long maxHeap) {
        long defaultBudget = share(maxHeap, DEFAULT_PERCENT);
        if (configured.isEmpty()) {
            return defaultBudget;
        }
        long bytes = configured.get();
        long most = share(maxHeap, MAX_PERCENT);
        if (bytes <= 0 || bytes > most) {
            throw new IllegalArgumentException(PROPERTY + "=" + bytes + " (" + ByteSize.of(bytes) + ") "
                    + (bytes <= 0 ? "is not a positive number of bytes" : "is more than this server's heap can hold")
                    + ": the maximum heap is " + ByteSize.of(maxHeap) + " (-Xmx), and the report cache may take at most "
                    + MAX_PERCENT + "% of it, " + most + " bytes (" + ByteSize.of(most) + "). Lower the setting, "
                    + "give the server more heap, or leave it unset for " + DEFAULT_PERCENT + "% of the heap ("
                    + ByteSize.of(defaultBudget) + ")");
        }
        return bytes;
    }

    private static long share(long maxHeap, int percent) {
        return maxHeap / 100 * percent + maxHeap % 100 * percent / 100;
    }
}
