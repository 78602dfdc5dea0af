package dev.spgateway.report.control;

import dev.spgateway.report.entity.ReportJob;
import java.time.Instant;

/** A report job Amazon is still working on. */
public record PendingJob(String reportRequestId, String storeId, String reportType, String status,
        Instant requestedAt) {

    public static PendingJob of(ReportJob job) {
        return new PendingJob(job.reportRequestId(), job.storeId(), job.reportType(), job.status().name(),
                job.createdAt());
    }
}
