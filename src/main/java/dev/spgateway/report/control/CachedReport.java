package dev.spgateway.report.control;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

/** A finished report's rows in memory, with what the cache needs to expire and evict it. */
public final class CachedReport {

    private final String key;
    private final String reportRequestId;
    private final ListingTable table;
    private final Instant createdAt;
    private final Instant expiresAt;
    private final AtomicLong lastAccess = new AtomicLong();
    private final AtomicLong hits = new AtomicLong();
    private final java.util.Map<String, Object> derived = new java.util.concurrent.ConcurrentHashMap<>();

    public CachedReport(String key, String reportRequestId, ListingTable table, Instant createdAt, Instant expiresAt) {
        this.key = key;
        this.reportRequestId = reportRequestId;
        this.table = table;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
        this.lastAccess.set(System.nanoTime());
    }

    public String key() {
        return key;
    }

    public String reportRequestId() {
        return reportRequestId;
    }

    public ListingTable table() {
        return table;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public boolean isExpiredAt(Instant now) {
        return !now.isBefore(expiresAt);
    }

    public long bytes() {
        return table.estimatedBytes();
    }

    /**
     * Something computed once from the rows and kept as long as the report, such as a sort order; the
     * rows never change, so neither does it.
     */
    @SuppressWarnings("unchecked")
    public <T> T derived(String name, java.util.function.Supplier<T> computation) {
        return (T) derived.computeIfAbsent(name, key -> computation.get());
    }

    public long hits() {
        return hits.get();
    }

    public long lastAccess() {
        return lastAccess.get();
    }

    public void touch() {
        lastAccess.set(System.nanoTime());
        hits.incrementAndGet();
    }
}
