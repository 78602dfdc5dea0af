package dev.spgateway.report.control;

import dev.spgateway.amazon.control.Reports;
import dev.spgateway.amazon.control.Reports.DocumentLocation;
import dev.spgateway.amazon.control.SpApiCredentials;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where a finished report's document is, asked of Amazon once among all instances: the instance holding the
 * document's claim calls getReportDocument and keeps the pre-signed URL, sealed, in the report's row; the
 * others read it there. Amazon's URL lives five minutes, so it is shared for four (a download started in time
 * completes). An instance that waited the caller's whole wait asks Amazon itself.
 */
@ApplicationScoped
public class DocumentLocations {

    static final Duration SHARED_FOR = Duration.ofMinutes(4);
    static final Duration CLAIM_LEASE = Duration.ofSeconds(30);

    @Inject
    Reports reports;

    @EJB
    ReportJobs jobs;

    @Inject
    ReportClaims claims;

    @Inject
    @ConfigProperty(name = "spgateway.report.max-wait")
    Duration maxWait;

    Clock clock = Clock.systemUTC();

    /** The document's location; {@code fresh}: the one known has expired, ask Amazon again. */
    public DocumentLocation of(SpApiCredentials credentials, String jobId, String documentId, boolean fresh) {
        if (!claims.shared()) {
            return reports.getReportDocument(credentials, documentId);
        }
        String claim = "document:" + jobId;
        Instant deadline = clock.instant().plus(maxWait);
        while (true) {
            Optional<DocumentLocation> shared = fresh ? Optional.empty() : jobs.sharedDocument(jobId, clock.instant());
            if (shared.isPresent()) {
                return shared.get();
            }
            if (fresh || claims.claim(claim, CLAIM_LEASE) || !clock.instant().isBefore(deadline)) {
                try {
                    DocumentLocation location = reports.getReportDocument(credentials, documentId);
                    jobs.shareDocument(jobId, location, clock.instant().plus(SHARED_FOR));
                    return location;
                } finally {
                    claims.release(claim);
                }
            }
            ReportRequests.pause();
        }
    }
}
