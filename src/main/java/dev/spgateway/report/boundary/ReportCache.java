package dev.spgateway.report.boundary;

import dev.spgateway.report.control.CachedReport;
import dev.spgateway.report.control.ListingTable;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Finished reports in memory, per store, report type and marketplaces, for {@code spgateway.report.cache-ttl}.
 * Readers share the lock; adding an entry evicts the expired ones, then the least recently used until the
 * total stays under {@code spgateway.report.cache-max-bytes}. Each server instance has its own cache.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.CONTAINER)
public class ReportCache {

    private static final Logger LOG = Logger.getLogger(ReportCache.class.getName());

    @Inject
    @ConfigProperty(name = "spgateway.report.cache-ttl")
    Duration ttl;

    @Inject
    @ConfigProperty(name = "spgateway.report.cache-max-bytes")
    long maxBytes;

    Clock clock = Clock.systemUTC();

    private final Map<String, CachedReport> entries = new ConcurrentHashMap<>();
    private final AtomicLong hits = new AtomicLong();
    private final AtomicLong misses = new AtomicLong();

    @Lock(LockType.READ)
    public Optional<CachedReport> get(String key) {
        CachedReport entry = entries.get(key);
        if (entry == null || entry.isExpiredAt(clock.instant())) {
            misses.incrementAndGet();
            return Optional.empty();
        }
        entry.touch();
        hits.incrementAndGet();
        return Optional.of(entry);
    }

    @Lock(LockType.WRITE)
    public CachedReport put(String key, String reportRequestId, ListingTable table) {
        Instant now = clock.instant();
        CachedReport entry = new CachedReport(key, reportRequestId, table, now, now.plus(ttl));
        entries.put(key, entry);
        evict(now);
        return entry;
    }

    @Lock(LockType.WRITE)
    public boolean purge(String key) {
        return entries.remove(key) != null;
    }

    @Lock(LockType.WRITE)
    public int purgeAll() {
        int count = entries.size();
        entries.clear();
        return count;
    }

    @Lock(LockType.READ)
    public List<CachedReport> entries() {
        return List.copyOf(entries.values());
    }

    @Lock(LockType.READ)
    public Statistics statistics() {
        long bytes = entries.values().stream().mapToLong(CachedReport::bytes).sum();
        return new Statistics(entries.size(), bytes, maxBytes, hits.get(), misses.get());
    }

    private void evict(Instant now) {
        entries.values().removeIf(entry -> entry.isExpiredAt(now));
        long total = entries.values().stream().mapToLong(CachedReport::bytes).sum();
        List<CachedReport> byAge = entries.values().stream()
                .sorted(Comparator.comparingLong(CachedReport::lastAccess)).toList();
        for (CachedReport entry : byAge) {
            if (total <= maxBytes || entries.size() <= 1) {
                break;
            }
            entries.remove(entry.key());
            total -= entry.bytes();
            LOG.info(() -> "Report cache over " + maxBytes + " bytes: evicted " + entry.reportRequestId());
        }
    }

    /** Counts of the cache, for monitoring. */
    public record Statistics(int entries, long bytes, long maxBytes, long hits, long misses) {

        public double hitRate() {
            long lookups = hits + misses;
            return lookups == 0 ? 0 : (double) hits / lookups;
        }
    }
}
