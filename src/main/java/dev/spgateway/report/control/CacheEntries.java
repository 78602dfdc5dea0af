package dev.spgateway.report.control;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

/**
 * The report cache's entries by key, the hits and misses of lookups, and the order in which entries give
 * way when room is needed. Lookups take no lock; {@link ReportMemory} changes the entries under its own.
 */
final class CacheEntries {

    private final Map<String, CachedReport> entries = new ConcurrentHashMap<>();
    private final AtomicLong hits = new AtomicLong();
    private final AtomicLong misses = new AtomicLong();

    /** The report under this key, opened for the caller, unless there is none or it has expired by now. */
    Optional<ReportReading> read(String key, Instant now) {
        CachedReport entry = entries.get(key);
        Optional<ReportReading> reading = entry == null || entry.isExpiredAt(now) ? Optional.empty() : entry.open();
        reading.ifPresentOrElse(found -> {
            found.report().touch();
            hits.incrementAndGet();
        }, misses::incrementAndGet);
        return reading;
    }

    boolean isCurrent(CachedReport entry) {
        return entries.get(entry.key()) == entry;
    }

    /** Stores the entry under its key; the entry it replaced, if any. */
    CachedReport put(CachedReport entry) {
        return entries.put(entry.key(), entry);
    }

    CachedReport remove(String key) {
        return entries.remove(key);
    }

    void remove(CachedReport entry) {
        entries.remove(entry.key(), entry);
    }

    List<CachedReport> all() {
        return List.copyOf(entries.values());
    }

    int size() {
        return entries.size();
    }

    long hits() {
        return hits.get();
    }

    long misses() {
        return misses.get();
    }

    /**
     * The entry to give way for a report under {@code key}: expired reports first, then the copy being
     * replaced, then the least recently used of the others, idle ones first; ones still being read only
     * when {@code evenIfRead}.
     */
    Optional<CachedReport> victim(String key, boolean replacing, boolean evenIfRead, Instant now) {
        CachedReport replaced = replacing ? entries.get(key) : null;
        Predicate<CachedReport> another = entry -> !entry.key().equals(key);
        return oldest(entry -> entry.isExpiredAt(now))
                .or(() -> Optional.ofNullable(replaced))
                .or(() -> oldest(another.and(CachedReport::isIdle)))
                .or(() -> evenIfRead ? oldest(another) : Optional.empty());
    }

    private Optional<CachedReport> oldest(Predicate<CachedReport> eligible) {
        return entries.values().stream().filter(eligible).min(Comparator.comparingLong(CachedReport::lastAccess));
    }
}
