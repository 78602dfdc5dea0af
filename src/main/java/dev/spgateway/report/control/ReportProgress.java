package dev.spgateway.report.control;

import dev.spgateway.amazon.control.Reports;
import dev.spgateway.amazon.control.Reports.ReportStatus;
import dev.spgateway.api.control.ApiException;
import dev.spgateway.api.control.ReturnCode;
import dev.spgateway.report.entity.ReportJob;
import dev.spgateway.report.entity.ReportJob.Status;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Following a report while Amazon prepares it, until a deadline, and explaining one that failed. */
@ApplicationScoped
public class ReportProgress {

    private static final int MAX_ERROR_DOCUMENT_BYTES = 4096;

    @Inject
    Reports reports;

    @EJB
    ReportJobs jobs;

    @Inject
    @ConfigProperty(name = "spgateway.report.poll-initial")
    Duration pollInitial;

    @Inject
    @ConfigProperty(name = "spgateway.report.poll-max")
    Duration pollMax;

    @Inject
    Event<ReportWaited> waited;

    Clock clock = Clock.systemUTC();

    ReportPolling.Pause pause = ReportPolling.Pause.SLEEP;

    /** Waits for Amazon until the deadline and announces how long a caller waited (monitoring times it). */
    public ReportJob awaitFinished(ReportSubject subject, ReportJob job, Instant deadline) {
        Instant started = clock.instant();
        ReportJob outcome = new ReportPolling(pollInitial, pollMax, clock, pause)
                .until(deadline, job, current -> asked(subject, current), current -> !current.status().isPending());
        waited.fire(new ReportWaited(Duration.between(started, clock.instant()), !outcome.status().isPending()));
        return outcome;
    }

    /** The job as Amazon now tells it, stored when its status changed. */
    private ReportJob asked(ReportSubject subject, ReportJob job) {
        ReportStatus status = reports.getReport(subject.credentials(), job.amazonReportId());
        Status now = Status.of(status.processingStatus());
        return now == job.status() ? job : jobs.progressed(job.id(), now, status.reportDocumentId());
    }

    /** A FATAL report as 107 with Amazon's reason, read once from its error document and kept with the job. */
    public ApiException fatal(ReportSubject subject, ReportJob job) {
        String reason = job.failure().orElseGet(() -> job.reportDocumentId()
                .map(id -> reports.readSmallDocument(reports.getReportDocument(subject.credentials(), id),
                        MAX_ERROR_DOCUMENT_BYTES))
                .orElse("no reason given"));
        if (job.failure().isEmpty()) {
            jobs.failed(job.id(), reason);
        }
        return new ApiException(ReturnCode.STORE_ERROR, "Amazon could not produce report "
                + job.reportRequestId() + ": " + reason.strip());
    }
}
