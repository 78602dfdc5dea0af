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

    /** Waits for Amazon until the deadline and announces how long a caller waited (monitoring times it). */
    public ReportJob awaitFinished(ReportSubject subject, ReportJob job, Instant deadline) {
        Instant started = clock.instant();
        ReportJob outcome = poll(subject, job, deadline);
        waited.fire(new ReportWaited(Duration.between(started, clock.instant()), !outcome.status().isPending()));
        return outcome;
    }

    /** Polls often at first, then less, so a report that finishes soon is seen within a second. */
    private ReportJob poll(ReportSubject subject, ReportJob job, Instant deadline) {
        Duration interval = pollInitial;
        Status last = job.status();
        while (true) {
            ReportStatus status = reports.getReport(subject.credentials(), job.amazonReportId());
            Status now = Status.of(status.processingStatus());
            if (now != last) {
                job = jobs.progressed(job.id(), now, status.reportDocumentId());
                last = now;
            }
            if (!now.isPending()) {
                return job;
            }
            Duration left = Duration.between(clock.instant(), deadline);
            if (left.isNegative() || left.isZero()) {
                return job;
            }
            sleep(interval.compareTo(left) < 0 ? interval : left);
            interval = interval.multipliedBy(2).compareTo(pollMax) < 0 ? interval.multipliedBy(2) : pollMax;
        }
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

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(Math.max(1, duration.toMillis()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiException(ReturnCode.SERVICE_UNAVAILABLE, "Interrupted while waiting for the report");
        }
    }
}
