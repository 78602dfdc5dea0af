package dev.spgateway.report.control;

import dev.spgateway.amazon.control.Reports;
import dev.spgateway.amazon.control.Reports.DocumentLocation;
import dev.spgateway.amazon.control.SpApiCredentials;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A finished report's document, downloaded and read into a table whose memory is claimed from the
 * cache's budget as it grows. Every wait is bounded: the download's headers by the SP-API read timeout,
 * each further piece of the body, and the reader's hand-over between its two threads, by
 * {@code spgateway.report.download-idle-timeout}.
 */
@ApplicationScoped
public class ListingDownloads {

    @Inject
    Reports reports;

    @Inject
    DocumentLocations locations;

    @Resource
    ManagedExecutorService readAhead;

    @Inject
    @ConfigProperty(name = "spgateway.report.download-idle-timeout")
    Duration idleTimeout;

    /**
     * The document as a table. A pre-signed URL that expired before the download started is asked for
     * again, once.
     *
     * @throws ReportUnreadable if the document is not a listings report that can be read whole
     * @throws ReportTooLarge   if the reservation could not make room for it
     */
    public ListingTable table(SpApiCredentials credentials, String jobId, String documentId, String marketplaceId,
                              Reservation reservation) {
        try {
            return read(credentials, jobId, documentId, marketplaceId, reservation, false);
        } catch (Reports.DocumentExpired expired) {
            return read(credentials, jobId, documentId, marketplaceId, reservation, true);
        }
    }

    private ListingTable read(SpApiCredentials credentials, String jobId, String documentId, String marketplaceId,
                              Reservation reservation, boolean fresh) {
        DocumentLocation location = locations.of(credentials, jobId, documentId, fresh);
        Reports.DocumentStream stream = reports.open(location);
        return ListingDocuments.table(stream, marketplaceId, readAhead, idleTimeout, reservation);
    }

    /** How long a caller that joined another's download may wait on top of that request's own wait. */
    public Duration idleTimeout() {
        return idleTimeout;
    }
}
