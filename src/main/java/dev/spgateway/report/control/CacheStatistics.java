package dev.spgateway.report.control;

/**
 * The report cache in numbers, for monitoring. {@code bytes} is all the memory counted against
 * {@code maxBytes}: cached reports, reports being read into the cache ({@code readingBytes}), and evicted
 * reports that requests still read ({@code evictedBytes}).
 */
public record CacheStatistics(int entries, long bytes, long maxBytes, long readingBytes, long evictedBytes,
                              long hits, long misses) {

    public double hitRate() {
        long lookups = hits + misses;
        return lookups == 0 ? 0 : (double) hits / lookups;
    }
}
