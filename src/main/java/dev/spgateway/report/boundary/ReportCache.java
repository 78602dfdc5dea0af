package dev.spgateway.report.boundary;

import dev.spgateway.report.control.ByteSize;
import dev.spgateway.report.control.CacheBudget;
import dev.spgateway.report.control.CacheStatistics;
import dev.spgateway.report.control.CachedReport;
import dev.spgateway.report.control.ListingTable;
import dev.spgateway.report.control.ReportMemory;
import dev.spgateway.report.control.ReportReading;
import dev.spgateway.report.control.Reservation;
import dev.spgateway.platform.boundary.ClusterChanges;
import dev.spgateway.platform.control.ClusterChange;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.event.Observes;
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
 * its own cache; a purge reaches the others through the cluster's change feed. Thread-safe without the container's locks, which would make every lookup wait for a claim.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class ReportCache {

    private static final Logger LOG = Logger.getLogger(ReportCache.class.getName());
    /** How long a claim waits for evicted reports' readers, or other reads, to give memory back. */
    static final Duration ROOM_WAIT = Duration.ofSeconds(10);

    static final String PURGED = "report-purged";
    /** The key of a purge of every entry: no cache key is empty. */
    static final String ALL = "";

    @Inject
    @ConfigProperty(name = "spgateway.report.cache-ttl")
    Duration ttl;

    @EJB
    ClusterChanges changes;

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

    /** Drops the entry here and, through the cluster's change feed, on the other instances. */
    public boolean purge(String key) {
        changes.publish(new ClusterChange(PURGED, key));
        return memory.purge(key);
    }

    public int purgeAll() {
        changes.publish(new ClusterChange(PURGED, ALL));
        return memory.purgeAll();
    }

    /** Another instance purged an entry (or all of them). */
    public void purged(@Observes ClusterChange change) {
        if (change.is(PURGED)) {
            int dropped = ALL.equals(change.key()) ? memory.purgeAll() : memory.purge(change.key()) ? 1 : 0;
            LOG.fine(() -> "Purged " + dropped + " report(s) on another instance's purge");
        }
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
