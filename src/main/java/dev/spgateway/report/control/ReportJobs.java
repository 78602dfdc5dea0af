package dev.spgateway.report.control;

import dev.spgateway.amazon.control.Reports.DocumentLocation;
import dev.spgateway.report.entity.ReportJob;
import dev.spgateway.report.entity.ReportJob.Status;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The stored report jobs. Each write is its own short transaction: the report boundary waits on Amazon for
 * seconds and must not hold a database transaction meanwhile.
 */
@Stateless
public class ReportJobs {

    private static final Set<Status> PENDING = EnumSet.of(Status.IN_QUEUE, Status.IN_PROGRESS);

    @PersistenceContext
    EntityManager em;

    Clock clock = Clock.systemUTC();

    public Optional<ReportJob> findByRequestId(String reportRequestId) {
        return em.createNamedQuery(ReportJob.FIND_BY_REQUEST_ID, ReportJob.class)
                .setParameter("reportRequestId", reportRequestId)
                .getResultStream().findFirst();
    }

    public Optional<ReportJob> find(String jobId) {
        return Optional.ofNullable(em.find(ReportJob.class, jobId));
    }

    public Optional<ReportJob> findPending(ReportKey key, Instant since) {
        return find(key, PENDING, since);
    }

    public Optional<ReportJob> findDone(ReportKey key, Instant since) {
        return find(key, EnumSet.of(Status.DONE), since);
    }

    /** The jobs Amazon is still working on, oldest first. */
    public List<PendingJob> pending() {
        return inFlight().stream().map(PendingJob::of).toList();
    }

    public List<ReportJob> inFlight() {
        return em.createNamedQuery(ReportJob.FIND_IN_FLIGHT, ReportJob.class)
                .setParameter("statuses", PENDING.stream().map(Enum::name).toList())
                .getResultList();
    }

    public ReportJob create(ReportKey key, String amazonReportId) {
        ReportJob job = new ReportJob(key.storeId(), key.jobKey(), key.reportType(), key.marketplaceList(),
                amazonReportId, clock.instant());
        em.persist(job);
        return job;
    }

    public ReportJob progressed(String jobId, Status status, Optional<String> documentId) {
        ReportJob job = em.find(ReportJob.class, jobId);
        job.progressed(status, documentId, clock.instant());
        return job;
    }

    public void shareDocument(String jobId, DocumentLocation location, Instant expiresAt) {
        em.find(ReportJob.class, jobId).shareDocument(location, expiresAt);
    }

    public Optional<DocumentLocation> sharedDocument(String jobId, Instant validAt) {
        return Optional.ofNullable(em.find(ReportJob.class, jobId)).flatMap(job -> job.sharedDocument(validAt));
    }

    public ReportJob failed(String jobId, String reason) {
        ReportJob job = em.find(ReportJob.class, jobId);
        job.failed(reason, clock.instant());
        return job;
    }

    private Optional<ReportJob> find(ReportKey key, Set<Status> statuses, Instant since) {
        return em.createNamedQuery(ReportJob.FIND_BY_KEY_AND_STATUS, ReportJob.class)
                .setParameter("storeId", key.storeId())
                .setParameter("reportKey", key.jobKey())
                .setParameter("statuses", statuses.stream().map(Enum::name).toList())
                .setParameter("since", since)
                .setMaxResults(1)
                .getResultStream().findFirst();
    }
}
