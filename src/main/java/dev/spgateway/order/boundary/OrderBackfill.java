package dev.spgateway.order.boundary;

import dev.spgateway.amazon.control.Reports;
import dev.spgateway.amazon.control.SpApiCredentials;
import dev.spgateway.amazon.control.SpApiUnavailable;
import dev.spgateway.api.control.ApiException;
import dev.spgateway.api.control.ReturnCode;
import dev.spgateway.order.control.ReportedOrders;
import dev.spgateway.order.entity.OrderSync;
import dev.spgateway.order.entity.StoreOrder;
import dev.spgateway.report.control.FlatFileRows;
import dev.spgateway.report.control.ListingsFormatException;
import dev.spgateway.report.control.ReportJobs;
import dev.spgateway.report.control.ReportKey;
import dev.spgateway.report.control.ReportProgress;
import dev.spgateway.report.control.ReportSubject;
import dev.spgateway.report.entity.ReportJob;
import dev.spgateway.store.control.StoreReference;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A new store's order history from Amazon's flat-file order report, with the products' not-ready contract:
 * the report is requested once (its job is kept with the store's sync, so a retry, another instance or a
 * restart follows the same one), waited for at most {@code spgateway.report.max-wait}, and until it is done
 * the answer is 107 with its report_request_id. Its orders are then stored and searchOrders continues from
 * the report's end. Nothing here holds a transaction across a call to Amazon.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class OrderBackfill {

    public static final String REPORT_TYPE = "GET_FLAT_FILE_ALL_ORDERS_DATA_BY_LAST_UPDATE_GENERAL";
    /** Amazon's rule for searchOrders' window end; the report's end keeps to it, so the two meet. */
    static final Duration SETTLED = Duration.ofMinutes(2);
    private static final int SAVE_BATCH = 500;
    private static final Logger LOG = Logger.getLogger(OrderBackfill.class.getName());

    @EJB
    OrderStore store;

    @EJB
    ReportJobs jobs;

    @Inject
    ReportProgress progress;

    @Inject
    Reports reports;

    @Inject
    @ConfigProperty(name = "spgateway.report.max-wait")
    Duration maxWait;

    private final Clock clock = Clock.systemUTC();

    /**
     * Back-fills the store's history window, or says why not yet.
     *
     * @throws ApiException 107 while Amazon is making the report, or when it failed (the next call asks again)
     */
    public OrderSync backfill(StoreReference reference, SpApiCredentials credentials, OrderSync sync) {
        ReportSubject subject = new ReportSubject(reference.id(), () -> credentials, reference.marketplaceIds());
        ReportJob job = sync.backfillJob().flatMap(jobs::find).orElseGet(() -> request(reference, credentials, sync));
        ReportJob current = job.status().isPending()
                ? progress.awaitFinished(subject, job, clock.instant().plus(maxWait)) : job;
        Instant start = sync.watermark();
        Instant end = periodEnd(current);
        return switch (current.status()) {
            case DONE -> save(reference, credentials, current, start, end);
            case CANCELLED -> store.backfilled(reference.id(), start, end);
            case FATAL -> {
                store.backfillRequested(reference.id(), null);
                throw progress.fatal(subject, current);
            }
            default -> throw notReady(current.reportRequestId());
        };
    }

    /** The report_request_id of a stored job, for the 107 of callers that find the back-fill under way. */
    public Optional<String> requestId(String jobId) {
        return jobs.find(jobId).map(ReportJob::reportRequestId);
    }

    static ApiException notReady(String reportRequestId) {
        return new ApiException(ReturnCode.STORE_ERROR, "Report is not ready yet, please try again later"
                + " (report_request_id=" + reportRequestId + ")");
    }

    /** The period ends when the report was asked for, less Amazon's settling time: fixed by the job. */
    static Instant periodEnd(ReportJob job) {
        return job.createdAt().minus(SETTLED);
    }

    private ReportJob request(StoreReference reference, SpApiCredentials credentials, OrderSync sync) {
        ReportKey key = new ReportKey(reference.id(), REPORT_TYPE, reference.marketplaceIds());
        Instant now = clock.instant();
        String reportId = reports.createReport(credentials, REPORT_TYPE, key.marketplaceIds(), sync.watermark(),
                now.minus(SETTLED));
        ReportJob job = jobs.create(key, reportId);
        store.backfillRequested(reference.id(), job.id());
        LOG.info(() -> "order history of store " + reference.id() + " requested as report " + job.reportRequestId());
        return job;
    }

    private OrderSync save(StoreReference reference, SpApiCredentials credentials, ReportJob job, Instant start,
            Instant end) {
        List<StoreOrder> orders = read(reference, credentials, job);
        for (int from = 0; from < orders.size(); from += SAVE_BATCH) {
            store.saveReported(orders.subList(from, Math.min(orders.size(), from + SAVE_BATCH)));
        }
        LOG.info(() -> "order history of store " + reference.id() + ": " + orders.size() + " orders from report "
                + job.reportRequestId());
        return store.backfilled(reference.id(), start, end);
    }

    private List<StoreOrder> read(StoreReference reference, SpApiCredentials credentials, ReportJob job) {
        String documentId = job.reportDocumentId().orElseThrow(() -> new ApiException(ReturnCode.STORE_ERROR,
                "Amazon finished report " + job.reportRequestId() + " without a document"));
        try {
            return parse(reference, reports.open(reports.getReportDocument(credentials, documentId)));
        } catch (Reports.DocumentExpired expired) {
            return parse(reference, reports.open(reports.getReportDocument(credentials, documentId)));
        } catch (IllegalArgumentException e) {
            throw new ApiException(ReturnCode.STORE_ERROR, "Amazon's report " + job.reportRequestId()
                    + " could not be read: " + e.getMessage());
        }
    }

    private static List<StoreOrder> parse(StoreReference reference, Reports.DocumentStream document) {
        ReportedOrders orders = new ReportedOrders(reference.id(), reference.marketplaceIds());
        try (InputStream body = document.body()) {
            FlatFileRows.read(body, document.gzip(), document.contentType(), reference.marketplaceIds().get(0),
                    orders::accept);
        } catch (ListingsFormatException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        } catch (IOException e) {
            throw new SpApiUnavailable("the order report could not be read: " + e.getMessage());
        }
        return orders.orders();
    }
}
