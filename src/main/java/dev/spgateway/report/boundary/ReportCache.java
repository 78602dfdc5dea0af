package dev.spgateway.report.boundary;

import dev.spgateway.report.control.ByteSize;
import dev.spgateway.report.control.CacheBudget;
import dev.spgateway.report.control.CacheStatistics;
import dev.spgateway.report.control.CachedReport;
import dev.spgateway.report.control.ListingTable;
import dev.spgateway.report.control.ReportMemory;
import dev.spgateway.report.control.ReportReading;
import dev.spgateway.report.control.Reservation;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Finished reports in memory, per store, report type and marketplaces, for {@code spgateway.report.cache-ttl},
 * within a memory budget ({@code spgateway.report.cache-max-bytes}, by default half the heap; see
 * {@link CacheBudget} and {@link ReportMemory}). Started with the application, so that a budget the heap
 * cannot hold stops the deployment with a message instead of the server later. Each server instance has
 * its own cache. Thread-safe without the container's locks, which would make every lookup wait for a claim.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class ReportCache {

    private static final Logger LOG = Logger.getLogger(ReportCache.class.getName());
    /** How long a claim waits for evicted reports' readers, or other reads, to give memory back. */
    static final Duration ROOM_WAIT = Duration.ofSeconds(10);

    @Inject
    @ConfigProperty(name = "spgateway.report.cache-ttl")
    Duration ttl;

    @Inject
    @ConfigProperty(name = CacheBudget.PROPERTY)
    Optional<Long> configuredMaxBytes;

    Clock clock = Clock.systemUTC();

    private ReportMemory memory;

    @PostConstruct
    void start() {
        long maxHeap = Runtime.getRuntime().maxMemory();
        long maxBytes;
        try {
            maxBytes = CacheBudget.of(configuredMaxBytes, maxHeap);
        } catch (IllegalArgumentException e) {
            LOG.severe(e.getMessage());
            throw e;
        }
        memory = new ReportMemory(maxBytes, ttl, ROOM_WAIT, clock);
        LOG.log(Level.INFO, "Report cache budget {0} of the {1} heap{2}", new Object[] {ByteSize.of(maxBytes),
                ByteSize.of(maxHeap), configuredMaxBytes.isPresent() ? "" : " (half the heap: "
                + CacheBudget.PROPERTY + " is unset)"});
    }

    /** The report under the key, opened for the caller (who closes it), unless absent or expired. */
    public Optional<ReportReading> read(String key) {
        return memory.read(key);
    }

    /** Room for a report about to be read, to commit under the key (replacing what is there) or close. */
    public Reservation reserve(String key) {
        return memory.reserve(key, true);
    }

    public CachedReport put(String key, String reportRequestId, ListingTable table) {
        return memory.put(key, reportRequestId, table);
    }

    public boolean purge(String key) {
        return memory.purge(key);
    }

    public int purgeAll() {
        return memory.purgeAll();
    }

    public List<CachedReport> entries() {
        return memory.entries();
    }

    public CacheStatistics statistics() {
        return memory.statistics();
    }

    /** When a report that would fit the budget alone last found no room, if ever. */
    public Optional<Instant> lastShortage() {
        return memory.lastShortage();
    }
}
