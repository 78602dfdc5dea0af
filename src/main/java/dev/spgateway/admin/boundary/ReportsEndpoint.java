package dev.spgateway.admin.boundary;

import dev.spgateway.report.control.ReportJobs;
import dev.spgateway.report.entity.ReportJob;
import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/** {@code GET /admin/api/reports}: the report jobs Amazon is still working on, oldest first. */
@WebServlet(urlPatterns = "/admin/api/reports")
public class ReportsEndpoint extends AdminApiServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    transient ReportJobs jobs;

    @EJB
    transient ConsoleStores stores;

    transient Clock clock = Clock.systemUTC();

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Instant now = clock.instant();
        Map<String, String> names = stores.namesById();
        ok(response, jobs.inFlight().stream().map(job -> row(job, names, now)).toList());
    }

    private static PendingReport row(ReportJob job, Map<String, String> names, Instant now) {
        return new PendingReport(job.reportRequestId(), job.storeId(), names.getOrDefault(job.storeId(), job.storeId()),
                job.reportType(), job.status().name(), job.createdAt(),
                Duration.between(job.createdAt(), now).toSeconds());
    }

    /** A report in flight and how long it has been running. */
    public record PendingReport(String reportRequestId, String storeId, String store, String reportType,
            String status, Instant requestedAt, long elapsedSeconds) {
    }
}
