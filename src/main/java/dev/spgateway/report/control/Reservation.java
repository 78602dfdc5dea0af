package dev.spgateway.report.control;

import java.time.Instant;
import java.util.Optional;

/**
 * The memory a report being read has claimed so far from the cache's budget. The table's builder claims
 * before each large allocation and releases what it copied away; {@link #commit} turns the claim into the
 * cached report, {@link #close} gives back whatever is left (all of it, when reading failed).
 */
public final class Reservation implements HeapClaims, AutoCloseable {

    private final ReportMemory memory;
    private final String key;
    private final boolean replacing;
    /** Guarded by the memory's lock. */
    private long bytes;
    private boolean closed;

    Reservation(ReportMemory memory, String key, boolean replacing) {
        this.memory = memory;
        this.key = key;
        this.replacing = replacing;
    }

    String key() {
        return key;
    }

    /** Whether the report will replace the one cached under the same key, which may then go first. */
    boolean replacing() {
        return replacing;
    }

    long bytes() {
        return bytes;
    }

    void add(long delta) {
        bytes += delta;
    }

    @Override
    public void claim(long more) {
        if (closed) {
            throw new IllegalStateException("reservation already closed");
        }
        memory.claim(this, more);
    }

    @Override
    public void release(long less) {
        memory.release(this, less);
    }

    /** The table, now in the cache under this reservation's key; the claimed bytes are its bytes. */
    public CachedReport commit(String reportRequestId, ListingTable table) {
        return commit(reportRequestId, table, Optional.empty());
    }

    /**
     * As {@link #commit(String, ListingTable)}, expiring the time-to-live after Amazon finished the report
     * rather than after this download: every instance of a cluster that holds the report lets it go at the
     * same moment, so none answers older data than another.
     */
    public CachedReport commit(String reportRequestId, ListingTable table, Optional<Instant> finishedAt) {
        if (closed) {
            throw new IllegalStateException("reservation already closed");
        }
        CachedReport entry = memory.commit(this, reportRequestId, table, finishedAt);
        close();
        return entry;
    }

    @Override
    public void close() {
        synchronized (memory) {
            if (!closed) {
                closed = true;
                memory.close(this);
            }
        }
    }
}
