package dev.spgateway.monitoring.control;

/** {@code spgateway:type=ReportCache}: this instance's report cache and the reports still pending. */
public interface ReportCacheMXBean {

    int getEntries();

    /** All the memory counted against MaxBytes: cached reports, reports being read, evicted ones still read. */
    long getBytes();

    /** The budget: spgateway.report.cache-max-bytes, by default half the maximum heap. */
    long getMaxBytes();

    /** Reports being read into the cache (downloads in progress) and work on cached ones, such as sorting. */
    long getReadingBytes();

    /** Evicted reports that requests are still answering from; free once they are done. */
    long getEvictedBytes();

    long getHits();

    long getMisses();

    /** Hits over lookups since start, 0 to 1. */
    double getHitRate();

    /** Report jobs Amazon is still working on (all instances: they share the database). */
    int getPendingReports();

    /** Drops every cached report; answers how many. */
    int purgeAll();

    /** Drops one cached report by its key; true when it was there. */
    boolean purge(String key);
}
