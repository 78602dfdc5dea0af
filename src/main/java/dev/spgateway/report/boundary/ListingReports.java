package dev.spgateway.report.boundary;

import dev.spgateway.amazon.control.AmazonErrors;
import dev.spgateway.amazon.control.Reports;
import dev.spgateway.amazon.control.Reports.DocumentLocation;
import dev.spgateway.amazon.control.Reports.ReportStatus;
import dev.spgateway.api.control.ApiException;
import dev.spgateway.api.control.ReturnCode;
import dev.spgateway.report.control.CachedReport;
import dev.spgateway.report.control.ListingDocuments;
import dev.spgateway.report.control.ListingTable;
import dev.spgateway.report.control.ReportFlights;
import dev.spgateway.report.control.ReportJobs;
import dev.spgateway.report.control.ReportOutcome;
import dev.spgateway.report.control.ReportSubject;
import dev.spgateway.report.control.ReportWaited;
import dev.spgateway.report.entity.ReportJob;
import dev.spgateway.report.entity.ReportJob.Status;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A store's listings through Amazon's Reports API: from the cache when a finished report is there, else by
 * continuing a pending report or requesting one, then waiting at most {@code spgateway.report.max-wait}.
 * No database transaction spans the wait; each job update commits on its own.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ListingReports {

    public static final String REPORT_TYPE = "GET_MERCHANT_LISTINGS_ALL_DATA";
    private static final int MAX_ERROR_DOCUMENT_BYTES = 4096;

    /** A container reference: Weld's proxy for a session bean threw and caught an exception on every call. */
    @EJB
    ReportCache cache;

    @EJB
    ReportJobs jobs;

    @Inject
    Reports reports;

    @Inject
    ReportFlights flights;

    @Resource
    ManagedExecutorService readAhead;

    @Inject
    @ConfigProperty(name = "spgateway.report.max-wait")
    Duration maxWait;

    @Inject
    @ConfigProperty(name = "spgateway.report.cache-ttl")
    Duration cacheTtl;

    @Inject
    @ConfigProperty(name = "spgateway.report.pending-max-age")
    Duration pendingMaxAge;

    @Inject
    @ConfigProperty(name = "spgateway.report.poll-initial")
    Duration pollInitial;

    @Inject
    @ConfigProperty(name = "spgateway.report.poll-max")
    Duration pollMax;

    @Inject
    Event<ReportWaited> waited;

    Clock clock = Clock.systemUTC();

    public ReportOutcome listings(ReportSubject subject, Optional<String> reportRequestId, boolean disableCache) {
        if (subject.marketplaceIds().isEmpty()) {
            throw new ApiException(ReturnCode.STORE_ERROR,
                    "The store has no verified marketplaces yet: call cart.validate first");
        }
        Instant deadline = clock.instant().plus(maxWait);
        String reportKey = REPORT_TYPE + "|" + String.join(",", subject.marketplaceIds());
        String cacheKey = subject.storeId() + "|" + reportKey;
        try {
            if (reportRequestId.isPresent()) {
                return continueNamed(subject, reportRequestId.get(), deadline);
            }
            if (!disableCache) {
                Optional<CachedReport> cached = cache.get(cacheKey);
                if (cached.isPresent()) {
                    return new ReportOutcome.Ready(cached.get());
                }
            }
            return flights.run(cacheKey + (disableCache ? "|fresh" : ""),
                    () -> obtain(subject, reportKey, cacheKey, deadline, disableCache));
        } catch (ApiException e) {
            throw e;
        } catch (RuntimeException e) {
            throw AmazonErrors.toApi(e);
        }
    }

    private ReportOutcome continueNamed(ReportSubject subject, String reportRequestId, Instant deadline) {
        ReportJob job = jobs.findByRequestId(reportRequestId)
                .filter(found -> found.belongsTo(subject.storeId()))
                .orElseThrow(() -> new ApiException(ReturnCode.NOT_FOUND,
                        "Report request " + reportRequestId + " not found for this store"));
        // the named report decides which marketplaces it covers
        String jobCacheKey = subject.storeId() + "|" + job.reportKey();
        Optional<CachedReport> cached = cache.get(jobCacheKey)
                .filter(entry -> entry.reportRequestId().equals(job.reportRequestId()));
        if (cached.isPresent()) {
            return new ReportOutcome.Ready(cached.get());
        }
        return flights.run(jobCacheKey + "|" + job.id(), () -> follow(subject, job, jobCacheKey, deadline));
    }

    private ReportOutcome obtain(ReportSubject subject, String reportKey, String cacheKey, Instant deadline,
            boolean disableCache) {
        Instant now = clock.instant();
        if (!disableCache) {
            Optional<CachedReport> cached = cache.get(cacheKey);
            if (cached.isPresent()) {
                return new ReportOutcome.Ready(cached.get());
            }
            // finished before a restart, or evicted: its document is still there to download again
            Optional<ReportJob> done = jobs.findDone(subject.storeId(), reportKey, now.minus(cacheTtl));
            if (done.isPresent()) {
                return follow(subject, done.get(), cacheKey, deadline);
            }
        }
        ReportJob job = jobs.findPending(subject.storeId(), reportKey, now.minus(pendingMaxAge))
                .orElseGet(() -> jobs.create(subject.storeId(), reportKey, REPORT_TYPE,
                        String.join(",", subject.marketplaceIds()),
                        reports.createReport(subject.credentials(), REPORT_TYPE, subject.marketplaceIds())));
        return follow(subject, job, cacheKey, deadline);
    }

    private ReportOutcome follow(ReportSubject subject, ReportJob job, String cacheKey, Instant deadline) {
        ReportJob current = job.status().isPending() ? awaitFinished(subject, job, deadline) : job;
        return switch (current.status()) {
            case DONE -> new ReportOutcome.Ready(download(subject, current, cacheKey));
            case CANCELLED -> new ReportOutcome.Ready(cache.put(cacheKey, current.reportRequestId(),
                    ListingDocuments.empty()));
            case FATAL -> throw fatal(subject, current);
            default -> new ReportOutcome.NotReady(current.reportRequestId());
        };
    }

    /** Waits for Amazon and announces how long a caller waited (monitoring times it). */
    private ReportJob awaitFinished(ReportSubject subject, ReportJob job, Instant deadline) {
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

    private CachedReport download(ReportSubject subject, ReportJob job, String cacheKey) {
        String documentId = job.reportDocumentId().orElseThrow(() -> new ApiException(ReturnCode.STORE_ERROR,
                "Amazon finished report " + job.reportRequestId() + " without a document"));
        ListingTable table;
        try {
            table = read(subject, documentId);
        } catch (Reports.DocumentExpired expired) {
            table = read(subject, documentId);
        }
        return cache.put(cacheKey, job.reportRequestId(), table);
    }

    private ListingTable read(ReportSubject subject, String documentId) {
        DocumentLocation location = reports.getReportDocument(subject.credentials(), documentId);
        Reports.DocumentStream stream = reports.open(location);
        return ListingDocuments.table(stream, subject.marketplaceIds().get(0), readAhead);
    }

    private ApiException fatal(ReportSubject subject, ReportJob job) {
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
