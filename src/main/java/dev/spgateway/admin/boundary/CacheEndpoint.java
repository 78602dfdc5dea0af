package dev.spgateway.admin.boundary;

import dev.spgateway.admin.control.AdminJson;
import dev.spgateway.report.boundary.ReportCache;
import dev.spgateway.report.control.CacheStatistics;
import dev.spgateway.report.control.CachedReport;
import dev.spgateway.store.boundary.StoreOverview;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /admin/api/cache}: statistics and entries of this instance's report cache;
 * {@code POST /admin/api/cache/purge} with {@code {"key": …}} drops one entry, {@code POST
 * /admin/api/cache/purge-all} all of them.
 */
@Path("cache")
@RequestScoped
public class CacheEndpoint {

    @EJB
    ReportCache cache;

    @EJB
    StoreOverview stores;

    Clock clock = Clock.systemUTC();

    @GET
    public Map<String, Object> cache() {
        Instant now = clock.instant();
        Map<String, String> names = stores.namesById();
        CacheStatistics statistics = cache.statistics();
        List<Entry> entries = cache.entries().stream()
                .sorted(Comparator.comparing(CachedReport::createdAt))
                .map(entry -> entry(entry, names, now)).toList();
        return Map.of("statistics", new Totals(statistics.entries(), statistics.bytes(), statistics.maxBytes(),
                statistics.readingBytes(), statistics.evictedBytes(), statistics.hits(), statistics.misses(),
                statistics.hitRate()), "entries", entries);
    }

    @POST
    @Path("purge-all")
    public Map<String, Integer> purgeAll() {
        return Map.of("purged", cache.purgeAll());
    }

    @POST
    @Path("purge")
    public Response purge(InputStream body) {
        Object key = AdminJson.readObject(body).get("key");
        if (!(key instanceof String name) || name.isBlank()) {
            return ConsoleErrors.error(Response.Status.BAD_REQUEST.getStatusCode(), "key is required");
        }
        return Response.ok(Map.of("purged", cache.purge(name) ? 1 : 0)).build();
    }

    private static Entry entry(CachedReport entry, Map<String, String> names, Instant now) {
        String storeId = entry.reportKey().storeId();
        long secondsLeft = Math.max(0, Duration.between(now, entry.expiresAt()).toSeconds());
        return new Entry(entry.key(), names.getOrDefault(storeId, storeId), entry.reportRequestId(), entry.bytes(),
                entry.hits(), entry.createdAt(), entry.expiresAt(), secondsLeft);
    }

    /**
     * The cache as a whole: bytes counts all the memory held against maxBytes, reports being read into the
     * cache (readingBytes) and evicted ones still being answered from (evictedBytes) included.
     */
    public record Totals(int entries, long bytes, long maxBytes, long readingBytes, long evictedBytes, long hits,
            long misses, double hitRate) {
    }

    /** One cached report. */
    public record Entry(String key, String store, String reportRequestId, long bytes, long hits, Instant createdAt,
            Instant expiresAt, long secondsLeft) {
    }
}
