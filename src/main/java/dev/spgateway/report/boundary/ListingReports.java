package dev.spgateway.report.boundary;

import dev.spgateway.amazon.control.SpApiFailure;
import dev.spgateway.api.control.ApiException;
import dev.spgateway.api.control.ReturnCode;
import dev.spgateway.platform.control.RemoteFailure;
import dev.spgateway.platform.control.SingleFlight.FlightTimeout;
import dev.spgateway.report.control.CachedReport;
import dev.spgateway.report.control.ListingDocuments;
import dev.spgateway.report.control.ListingDownloads;
import dev.spgateway.report.control.ReportFlights;
import dev.spgateway.report.control.ReportJobs;
import dev.spgateway.report.control.ReportKey;
import dev.spgateway.report.control.ReportOutcome;
import dev.spgateway.report.control.ReportProgress;
import dev.spgateway.report.control.ReportReading;
import dev.spgateway.report.control.ReportRequests;
import dev.spgateway.report.control.ReportSubject;
import dev.spgateway.report.control.ReportTooLarge;
import dev.spgateway.report.control.ReportUnreadable;
import dev.spgateway.report.control.Reservation;
import dev.spgateway.report.entity.ReportJob;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A store's listings through Amazon's Reports API: cached, or a pending report continued, or a new one, waited
 * for at most {@code spgateway.report.max-wait}; no transaction spans the wait. A caller joining an identical
 * request waits at most max-wait plus the download's idle timeout. Amazon's failures pass as they are: the
 * API boundary decides what a client is answered.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ListingReports {

    public static final String REPORT_TYPE = "GET_MERCHANT_LISTINGS_ALL_DATA";
    private static final Logger LOG = Logger.getLogger(ListingReports.class.getName());

    @EJB
    ReportCache cache;

    @EJB
    ReportJobs jobs;

    @Inject
    ReportFlights flights;

    @Inject
    ReportRequests requests;

    @Inject
    ListingDownloads downloads;

    @Inject
    ReportProgress progress;

    @Inject
    @ConfigProperty(name = "spgateway.report.max-wait")
    Duration maxWait;

    @Inject
    @ConfigProperty(name = "spgateway.report.cache-ttl")
    Duration cacheTtl;

    @Inject
    @ConfigProperty(name = "spgateway.report.pending-max-age")
    Duration pendingMaxAge;

    Clock clock = Clock.systemUTC();

    /**
     * The store's listings, opened for the caller, who closes the reading when done.
     *
     * @throws ApiException 107 while Amazon is still preparing the report (with the report_request_id to
     *                      ask again with), or when the report cannot be read or held
     */
    public ReportReading listings(ReportSubject subject, Optional<String> reportRequestId, boolean disableCache) {
        ReportKey key = key(subject).orElseThrow(() -> new ApiException(ReturnCode.STORE_ERROR,
                "The store has no verified marketplaces yet: call cart.validate first"));
        // a report evicted and freed between the flight's end and this caller's opening is fetched again
        for (int attempt = 1; ; attempt++) {
            ReportOutcome outcome = outcome(subject, key, reportRequestId, disableCache);
            if (outcome instanceof ReportOutcome.Opened opened) {
                return opened.reading();
            }
            if (outcome instanceof ReportOutcome.NotReady notReady) {
                throw new ApiException(ReturnCode.STORE_ERROR, "Report is not ready yet, please try again later"
                        + " (report_request_id=" + notReady.reportRequestId() + ")");
            }
            Optional<ReportReading> reading = ((ReportOutcome.Ready) outcome).report().open();
            if (reading.isPresent() || attempt == 2) {
                return reading.orElseThrow(() -> new ApiException(ReturnCode.STORE_ERROR,
                        "The report was evicted from memory before it could be answered; please try again"));
            }
        }
    }

    /**
     * The store's listings when the cache has them, opened for the caller, without asking Amazon or waiting;
     * empty when {@link #listings} would have to.
     */
    public Optional<ReportReading> cached(ReportSubject subject, Optional<String> reportRequestId,
            boolean disableCache) {
        if (reportRequestId.isPresent() || disableCache) {
            return Optional.empty();
        }
        return key(subject).flatMap(key -> cache.read(key.cacheKey()));
    }

    private static Optional<ReportKey> key(ReportSubject subject) {
        return subject.marketplaceIds().isEmpty() ? Optional.empty()
                : Optional.of(new ReportKey(subject.storeId(), REPORT_TYPE, subject.marketplaceIds()));
    }

    private ReportOutcome outcome(ReportSubject subject, ReportKey key, Optional<String> reportRequestId,
            boolean disableCache) {
        Instant deadline = clock.instant().plus(maxWait);
        Duration joinWait = maxWait.plus(downloads.idleTimeout());
        try {
            if (reportRequestId.isPresent()) {
                return continueNamed(subject, reportRequestId.get(), deadline, joinWait);
            }
            return flights.obtain(key, disableCache, () -> obtain(subject, key, deadline, disableCache), joinWait);
        } catch (FlightTimeout e) {
            throw new ApiException(ReturnCode.STORE_ERROR, "Another request on this server is still getting this"
                    + " report (waited " + e.waited().toSeconds() + " s, spgateway.report.max-wait plus "
                    + "spgateway.report.download-idle-timeout); please try again later");
        }
    }

    private ReportOutcome continueNamed(ReportSubject subject, String reportRequestId, Instant deadline,
            Duration joinWait) {
        ReportJob job = jobs.findByRequestId(reportRequestId)
                .filter(found -> found.belongsTo(subject.storeId()))
                .orElseThrow(() -> new ApiException(ReturnCode.NOT_FOUND,
                        "Report request " + reportRequestId + " not found for this store"));
        // the named report decides which marketplaces it covers
        ReportKey key = ReportKey.of(job);
        Optional<ReportReading> cached = cache.read(key.cacheKey());
        if (cached.isPresent() && cached.get().report().reportRequestId().equals(job.reportRequestId())) {
            return new ReportOutcome.Opened(cached.get());
        }
        cached.ifPresent(ReportReading::close);
        return flights.follow(key, job.id(), () -> follow(subject, job, key, deadline), joinWait);
    }

    /**
     * The report from the cache, a job done or pending, or a new one. The cache is read here, inside the
     * flight, and not before it: a caller that missed the cache on its request thread may arrive just after
     * another flight put the report there, and reading it here keeps that caller from downloading it again.
     */
    private ReportOutcome obtain(ReportSubject subject, ReportKey key, Instant deadline, boolean disableCache) {
        Instant now = clock.instant();
        boolean reuseDone = !disableCache;
        if (!disableCache) {
            Optional<ReportReading> cached = cache.read(key.cacheKey());
            if (cached.isPresent()) {
                // the flight's callers each open the report for themselves
                try (ReportReading reading = cached.get()) {
                    return new ReportOutcome.Ready(reading.report());
                }
            }
            // finished before a restart, or evicted: downloaded again unless Amazon no longer keeps the document
            Optional<ReportJob> done = jobs.findDone(key, now.minus(cacheTtl));
            if (done.isPresent()) {
                try {
                    return follow(subject, done.get(), key, deadline);
                } catch (SpApiFailure e) {
                    if (!e.isNotFound()) {
                        throw e;
                    }
                    reuseDone = false;
                }
            }
        }
        ReportJob job = requests.existingOrNew(subject, key, now.minus(pendingMaxAge),
                reuseDone ? Optional.of(now.minus(cacheTtl)) : Optional.empty(), deadline);
        return follow(subject, job, key, deadline);
    }

    private ReportOutcome follow(ReportSubject subject, ReportJob job, ReportKey key, Instant deadline) {
        ReportJob current = job.status().isPending() ? progress.awaitFinished(subject, job, deadline) : job;
        return switch (current.status()) {
            case DONE -> new ReportOutcome.Ready(download(subject, current, key));
            case CANCELLED -> new ReportOutcome.Ready(cache.put(key.cacheKey(), current.reportRequestId(),
                    ListingDocuments.empty()));
            case FATAL -> throw progress.fatal(subject, current);
            default -> new ReportOutcome.NotReady(current.reportRequestId());
        };
    }

    private CachedReport download(ReportSubject subject, ReportJob job, ReportKey key) {
        String documentId = job.reportDocumentId().orElseThrow(() -> new ApiException(ReturnCode.STORE_ERROR,
                "Amazon finished report " + job.reportRequestId() + " without a document"));
        try (Reservation reservation = cache.reserve(key.cacheKey())) {
            return reservation.commit(job.reportRequestId(), downloads.table(subject.credentials(), job.id(), documentId,
                    key.marketplaceIds().get(0), reservation), job.completedAt());
        } catch (ReportTooLarge e) {
            LOG.warning(() -> "Report " + job.reportRequestId() + " of store " + subject.storeId() + " " + e.getMessage());
            throw new ApiException(ReturnCode.STORE_ERROR, "Report " + job.reportRequestId()
                    + " is too large for this server's memory: it " + e.getMessage());
        } catch (ReportUnreadable e) {
            LOG.warning(() -> "Report " + job.reportRequestId() + " of store " + subject.storeId()
                    + " is unreadable: " + e.getMessage());
            throw new ApiException(ReturnCode.STORE_ERROR, "Amazon's report " + job.reportRequestId()
                    + " could not be read: " + e.getMessage());
        } catch (RemoteFailure e) {
            LOG.warning(() -> "Report " + job.reportRequestId() + " of store " + subject.storeId()
                    + " could not be downloaded: " + e.getMessage());
            throw e;
        }
    }
}
