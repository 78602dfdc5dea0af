package dev.spgateway.report.control;

import dev.spgateway.amazon.control.Reports;
import dev.spgateway.api.control.ApiException;
import dev.spgateway.api.control.ReturnCode;
import dev.spgateway.report.entity.ReportJob;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The store's report job that is pending (or, when the cache may be used, recently done), or a new one, with
 * one createReport among all instances: the instance that holds the report's claim looks again and asks
 * Amazon; the others wait in the database for its job, until the caller's deadline.
 */
@ApplicationScoped
public class ReportRequests {

    static final Duration CREATE_LEASE = Duration.ofSeconds(30);
    static final Duration POLL = Duration.ofMillis(100);

    @EJB
    ReportJobs jobs;

    @Inject
    Reports reports;

    @Inject
    ReportClaims claims;

    Clock clock = Clock.systemUTC();

    public ReportRequests() {
    }

    public ReportRequests(ReportJobs jobs, Reports reports, ReportClaims claims, Clock clock) {
        this.jobs = jobs;
        this.reports = reports;
        this.claims = claims;
        this.clock = clock;
    }

    /**
     * @param pendingSince the oldest pending job that is continued
     * @param doneSince    the oldest finished job that is used, or empty when a new report is wanted
     */
    public ReportJob existingOrNew(ReportSubject subject, ReportKey key, Instant pendingSince,
            Optional<Instant> doneSince, Instant deadline) {
        String claim = "report:" + key.storeId() + ":" + key.jobKey();
        while (true) {
            if (claims.claim(claim, CREATE_LEASE)) {
                try {
                    return existing(key, pendingSince, doneSince).orElseGet(() -> jobs.create(key,
                            reports.createReport(subject.credentials(), key.reportType(), key.marketplaceIds())));
                } finally {
                    claims.release(claim);
                }
            }
            Optional<ReportJob> other = existing(key, pendingSince, doneSince);
            if (other.isPresent()) {
                return other.get();
            }
            if (!clock.instant().isBefore(deadline)) {
                throw new ApiException(ReturnCode.STORE_ERROR, "Another instance of the gateway is requesting this"
                        + " report from Amazon; please try again in a few seconds");
            }
            pause();
        }
    }

    private Optional<ReportJob> existing(ReportKey key, Instant pendingSince, Optional<Instant> doneSince) {
        return jobs.findPending(key, pendingSince).or(() -> doneSince.flatMap(since -> jobs.findDone(key, since)));
    }

    static void pause() {
        try {
            Thread.sleep(POLL.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiException(ReturnCode.STORE_ERROR, "Interrupted while waiting for the report");
        }
    }
}
