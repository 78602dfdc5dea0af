package dev.spgateway.report.control;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.logging.Logger;

/**
 * The report cache's entries and the heap they hold, against one budget. It counts the finished reports,
 * the reports still being read (they claim room before each large allocation, through a
 * {@link Reservation}), work computed from a report (sort orders), and evicted reports that requests are
 * still reading: their rows are not free until the last reader is done. Room is made by evicting expired
 * reports, then the copy a new one replaces, then the least recently used, idle ones first. A claim waits
 * at most {@code roomWait} for readers and other reads to give memory back, and otherwise fails with
 * {@link ReportTooLarge}. Lookups take no lock; claims share one.
 */
public final class ReportMemory {

    private static final Logger LOG = Logger.getLogger(ReportMemory.class.getName());

    private final long maxBytes;
    private final Duration ttl;
    private final Duration roomWait;
    private final Clock clock;
    private final CacheEntries entries = new CacheEntries();
    /** All counted bytes; reserved and retiring are parts of it. Guarded by this, as the rest below. */
    private long used;
    private long reserved;
    private long retiring;
    private int reservations;
    private int waiting;
    private Instant lastShortage;

    public ReportMemory(long maxBytes, Duration ttl, Duration roomWait, Clock clock) {
        this.maxBytes = maxBytes;
        this.ttl = ttl;
        this.roomWait = roomWait;
        this.clock = clock;
    }

    /** The report under this key, opened for the caller, unless there is none or it has expired. */
    public Optional<ReportReading> read(String key) {
        return entries.read(key, clock.instant());
    }

    /** Room for a report to be read into, to be committed under this key or closed. */
    public synchronized Reservation reserve(String key, boolean replacing) {
        reservations++;
        return new Reservation(this, key, replacing);
    }

    /** A finished table stored at once, such as the empty one of a report without data. */
    public CachedReport put(String key, String reportRequestId, ListingTable table) {
        try (Reservation reservation = reserve(key, true)) {
            return reservation.commit(reportRequestId, table);
        }
    }

    synchronized void claim(Reservation reservation, long bytes) {
        long deadline = System.nanoTime() + roomWait.toNanos();
        while (used + bytes > maxBytes) {
            long needed = reservation.bytes() + bytes;
            if (needed > maxBytes) {
                throw new ReportTooLarge("needs more than " + ByteSize.of(needed) + " of memory, more than the "
                        + ByteSize.of(maxBytes) + " the report cache may hold (" + CacheBudget.PROPERTY + ")");
            }
            // evicting a report still being read frees nothing yet: only when those already leaving are too few
            if (evictOne(reservation, used - retiring + bytes > maxBytes)) {
                continue;
            }
            long left = deadline - System.nanoTime();
            if (left <= 0 || !othersMayGiveBack(reservation)) {
                lastShortage = clock.instant();
                throw new ReportTooLarge("needs more than " + ByteSize.of(needed) + " of memory while "
                        + ByteSize.of(used - reservation.bytes()) + " of the report cache's "
                        + ByteSize.of(maxBytes) + " (" + CacheBudget.PROPERTY + ") are held by other reports "
                        + "being read; try again later");
            }
            awaitRoom(left);
        }
        used += bytes;
        reserved += bytes;
        reservation.add(bytes);
    }

    private boolean othersMayGiveBack(Reservation reservation) {
        return retiring > 0 || reserved > reservation.bytes() && reservations - 1 > waiting;
    }

    private void awaitRoom(long nanos) {
        waiting++;
        try {
            TimeUnit.NANOSECONDS.timedWait(this, nanos);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ReportTooLarge("was interrupted while waiting for memory");
        } finally {
            waiting--;
        }
    }

    synchronized void release(Reservation reservation, long bytes) {
        long given = Math.min(bytes, reservation.bytes());
        used -= given;
        reserved -= given;
        reservation.add(-given);
        notifyAll();
    }

    synchronized void close(Reservation reservation) {
        release(reservation, reservation.bytes());
        reservations--;
    }

    synchronized CachedReport commit(Reservation reservation, String reportRequestId, ListingTable table,
            Optional<Instant> finishedAt) {
        long tableBytes = table.estimatedBytes();
        if (tableBytes > reservation.bytes()) {
            claim(reservation, tableBytes - reservation.bytes());
        } else {
            release(reservation, reservation.bytes() - tableBytes);
        }
        Instant now = clock.instant();
        Instant expiresAt = finishedAt.filter(finished -> finished.isBefore(now)).orElse(now).plus(ttl);
        CachedReport entry = new CachedReport(reservation.key(), reportRequestId, table, now, expiresAt, this,
                tableBytes);
        reserved -= tableBytes;
        reservation.add(-tableBytes);
        CachedReport replaced = entries.put(entry);
        if (replaced != null) {
            retire(replaced);
        }
        return entry;
    }

    <T> T compute(CachedReport entry, long workBytes, long keptBytes, Supplier<T> computation) {
        try (Reservation reservation = reserve(entry.key(), false)) {
            reservation.claim(workBytes + keptBytes);
            T value = computation.get();
            keep(reservation, entry, keptBytes);
            return value;
        }
    }

    private synchronized void keep(Reservation reservation, CachedReport entry, long keptBytes) {
        reserved -= keptBytes;
        reservation.add(-keptBytes);
        entry.addBytes(keptBytes);
        if (!entries.isCurrent(entry)) {
            retiring += keptBytes;
        }
    }

    /** Evicts the entry that gives way first ({@link CacheEntries#victim}), if there is one. */
    private boolean evictOne(Reservation reservation, boolean evenIfRead) {
        Optional<CachedReport> victim = entries.victim(reservation.key(), reservation.replacing(), evenIfRead,
                clock.instant());
        victim.ifPresent(entry -> {
            entries.remove(entry);
            LOG.info(() -> "Report cache full (" + ByteSize.of(maxBytes) + "): evicted report "
                    + entry.reportRequestId() + " (" + ByteSize.of(entry.bytes()) + ")");
            retire(entry);
        });
        return victim.isPresent();
    }

    /** Out of the cache: its bytes stay counted until its last reader is done. */
    private void retire(CachedReport entry) {
        retiring += entry.bytes();
        entry.dropReference();
    }

    synchronized void freed(CachedReport entry) {
        retiring -= entry.bytes();
        used -= entry.bytes();
        notifyAll();
    }

    public synchronized boolean purge(String key) {
        CachedReport entry = entries.remove(key);
        if (entry != null) {
            retire(entry);
        }
        return entry != null;
    }

    public synchronized int purgeAll() {
        List<CachedReport> all = entries.all();
        all.forEach(entry -> purge(entry.key()));
        return all.size();
    }

    public List<CachedReport> entries() {
        return entries.all();
    }

    public synchronized CacheStatistics statistics() {
        return new CacheStatistics(entries.size(), used, maxBytes, reserved, retiring, entries.hits(),
                entries.misses());
    }

    /** When a report that would fit the budget alone last found no room, if ever. */
    public synchronized Optional<Instant> lastShortage() {
        return Optional.ofNullable(lastShortage);
    }
}
