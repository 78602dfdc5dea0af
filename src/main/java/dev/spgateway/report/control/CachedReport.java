package dev.spgateway.report.control;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * A finished report's rows in memory, with what the cache needs to expire and evict it. Requests read it
 * through a {@link ReportReading}; the cache holds one reference of its own. Once evicted and no longer
 * read, the memory it stands for is free again.
 */
public final class CachedReport {

    private final String key;
    private final String reportRequestId;
    private final ListingTable table;
    private final Instant createdAt;
    private final Instant expiresAt;
    private final ReportMemory memory;
    private final AtomicLong lastAccess = new AtomicLong();
    private final AtomicLong hits = new AtomicLong();
    /** The cache's own reference plus one per open reading; 0 once evicted and read by no one. */
    private final AtomicInteger references = new AtomicInteger(1);
    private final DerivedValues derived = new DerivedValues();
    private volatile long bytes;

    /** A report outside any cache (nothing budgets its memory). */
    public CachedReport(String key, String reportRequestId, ListingTable table, Instant createdAt,
                        Instant expiresAt) {
        this(key, reportRequestId, table, createdAt, expiresAt, null, table.estimatedBytes());
    }

    CachedReport(String key, String reportRequestId, ListingTable table, Instant createdAt, Instant expiresAt,
                 ReportMemory memory, long bytes) {
        this.key = key;
        this.reportRequestId = reportRequestId;
        this.table = table;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
        this.memory = memory;
        this.bytes = bytes;
        this.lastAccess.set(System.nanoTime());
    }

    public String key() {
        return key;
    }

    /** The key's parts: which store, report type and marketplaces the report is of. */
    public ReportKey reportKey() {
        return ReportKey.ofCacheKey(key);
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

    /** The heap the report holds: its table and what was computed from it. */
    public long bytes() {
        return bytes;
    }

    void addBytes(long more) {
        bytes += more;
    }

    /**
     * A reading for one request, or empty when the report has been evicted and its last reader is gone
     * (its memory no longer counts against the cache's budget, so it must not be read again).
     */
    public Optional<ReportReading> open() {
        for (int count = references.get(); count > 0; count = references.get()) {
            if (references.compareAndSet(count, count + 1)) {
                return Optional.of(new ReportReading(this));
            }
        }
        return Optional.empty();
    }

    /** Drops one reference; the last one gives the memory back. */
    void dropReference() {
        if (references.decrementAndGet() == 0 && memory != null) {
            memory.freed(this);
        }
    }

    /** Read by no request right now: evicting it frees its memory at once. */
    boolean isIdle() {
        return references.get() == 1;
    }

    /**
     * Something computed once from the rows and kept as long as the report, such as a sort order; the
     * rows never change, so neither does it. Computing it may take {@code workBytes} of heap for a
     * moment and keeps {@code keptBytes}; both count against the cache's budget.
     *
     * Another request that needs it meanwhile waits at most {@code maxWait} for it.
     *
     * @throws ReportTooLarge when the budget cannot make room for the work
     * @throws dev.spgateway.platform.control.SingleFlight.FlightTimeout when another request's computation
     *                                                                   took longer than maxWait
     */
    public <T> T derived(String name, long workBytes, long keptBytes, Duration maxWait, Supplier<T> computation) {
        return derived.get(name, maxWait, () -> memory == null ? computation.get()
                : memory.compute(this, workBytes, keptBytes, computation));
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
