package dev.spgateway.admin.boundary;

import dev.spgateway.report.control.PendingJob;
import dev.spgateway.report.control.ReportJobs;
import dev.spgateway.store.boundary.StoreOverview;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** {@code GET /admin/api/reports}: the report jobs Amazon is still working on, oldest first. */
@Path("reports")
@RequestScoped
public class ReportsEndpoint {

    @EJB
    ReportJobs jobs;

    @EJB
    StoreOverview stores;

    Clock clock = Clock.systemUTC();

    @GET
    public List<PendingReport> pending() {
        Instant now = clock.instant();
        Map<String, String> names = stores.namesById();
        return jobs.pending().stream().map(job -> row(job, names, now)).toList();
    }

    private static PendingReport row(PendingJob job, Map<String, String> names, Instant now) {
        return new PendingReport(job.reportRequestId(), job.storeId(), names.getOrDefault(job.storeId(), job.storeId()),
                job.reportType(), job.status(), job.requestedAt(),
                Duration.between(job.requestedAt(), now).toSeconds());
    }

    /** A report in flight and how long it has been running. */
    public record PendingReport(String reportRequestId, String storeId, String store, String reportType,
            String status, Instant requestedAt, long elapsedSeconds) {
    }
}
