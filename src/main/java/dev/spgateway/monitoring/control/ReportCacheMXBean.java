package dev.spgateway.monitoring.control;

/** {@code spgateway:type=ReportCache}: this instance's report cache and the reports still pending. */
public interface ReportCacheMXBean {

    int getEntries();

    long getBytes();

    long getMaxBytes();

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
