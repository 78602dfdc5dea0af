package dev.spgateway.report.control;

import dev.spgateway.report.entity.ReportJob;
import java.util.List;
import java.util.Objects;

/**
 * What a report is of: one store's report of one type over a set of marketplaces, in any order. Reports of
 * equal keys are interchangeable, so the cache, the stored jobs and the single flights are all keyed by it.
 * Its string forms are the ones the cache and the {@code report_job} table hold.
 */
public record ReportKey(String storeId, String reportType, List<String> marketplaceIds) {

    private static final String SEPARATOR = "|";

    public ReportKey {
        Objects.requireNonNull(storeId, "storeId");
        Objects.requireNonNull(reportType, "reportType");
        if (storeId.contains(SEPARATOR) || reportType.contains(SEPARATOR) || marketplaceIds.isEmpty()) {
            throw new IllegalArgumentException("a report key needs a store, a report type and marketplaces");
        }
        marketplaceIds = marketplaceIds.stream().sorted().toList();
    }

    /** The key of the report a stored job stands for. */
    public static ReportKey of(ReportJob job) {
        return new ReportKey(job.storeId(), job.reportType(), job.marketplaceIds());
    }

    /** The key a report is cached under, read back: the inverse of {@link #cacheKey()}. */
    public static ReportKey ofCacheKey(String cacheKey) {
        String[] parts = cacheKey.split("\\" + SEPARATOR, 3);
        if (parts.length != 3) {
            throw new IllegalArgumentException("not a report's cache key: " + cacheKey);
        }
        return new ReportKey(parts[0], parts[1], List.of(parts[2].split(",")));
    }

    /** The key the cache holds the report under. */
    public String cacheKey() {
        return storeId + SEPARATOR + jobKey();
    }

    /** The store's own part of the key, as {@code report_job.report_key} holds it. */
    public String jobKey() {
        return reportType + SEPARATOR + marketplaceList();
    }

    /** The marketplaces as {@code report_job.marketplace_ids} holds them. */
    public String marketplaceList() {
        return String.join(",", marketplaceIds);
    }
}
