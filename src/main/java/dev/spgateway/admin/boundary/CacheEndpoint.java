package dev.spgateway.admin.boundary;

import dev.spgateway.admin.control.AdminJson;
import dev.spgateway.report.boundary.ReportCache;
import dev.spgateway.report.control.CacheStatistics;
import dev.spgateway.report.control.CachedReport;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
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
@WebServlet(urlPatterns = {"/admin/api/cache", "/admin/api/cache/*"})
public class CacheEndpoint extends AdminApiServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ReportCache cache;

    @EJB
    transient ConsoleStores stores;

    transient Clock clock = Clock.systemUTC();

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!segments(request).isEmpty()) {
            notFound(response);
            return;
        }
        Instant now = clock.instant();
        Map<String, String> names = stores.namesById();
        CacheStatistics statistics = cache.statistics();
        List<Entry> entries = cache.entries().stream()
                .sorted(Comparator.comparing(CachedReport::createdAt))
                .map(entry -> entry(entry, names, now)).toList();
        ok(response, Map.of("statistics", new Totals(statistics.entries(), statistics.bytes(), statistics.maxBytes(),
                statistics.readingBytes(), statistics.evictedBytes(), statistics.hits(), statistics.misses(),
                statistics.hitRate()), "entries", entries));
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        List<String> path = segments(request);
        if (path.equals(List.of("purge-all"))) {
            ok(response, Map.of("purged", cache.purgeAll()));
        } else if (path.equals(List.of("purge"))) {
            Object key = AdminJson.readObject(request.getInputStream()).get("key");
            if (!(key instanceof String name) || name.isBlank()) {
                AdminJson.error(response, HttpServletResponse.SC_BAD_REQUEST, "key is required");
                return;
            }
            ok(response, Map.of("purged", cache.purge(name) ? 1 : 0));
        } else {
            notFound(response);
        }
    }

    private static Entry entry(CachedReport entry, Map<String, String> names, Instant now) {
        String storeId = entry.key().split("\\|", 2)[0];
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
