package dev.spgateway.product.boundary;

import dev.spgateway.api.control.ApiException;
import dev.spgateway.api.control.Caller;
import dev.spgateway.api.control.Envelope;
import dev.spgateway.api.control.ReturnCode;
import dev.spgateway.platform.boundary.WaitingCalls;
import dev.spgateway.platform.control.SingleFlight.FlightTimeout;
import dev.spgateway.product.control.PageCursor;
import dev.spgateway.product.control.PageCursors;
import dev.spgateway.product.control.ProductMapper;
import dev.spgateway.product.control.ProductRequest;
import dev.spgateway.product.control.ProductSearch;
import dev.spgateway.report.boundary.ListingReports;
import dev.spgateway.report.control.CachedReport;
import dev.spgateway.report.control.ListingTable;
import dev.spgateway.report.control.ReportReading;
import dev.spgateway.report.control.ReportSubject;
import dev.spgateway.report.control.ReportTooLarge;
import dev.spgateway.store.boundary.Stores;
import dev.spgateway.store.control.StoreReference;
import dev.spgateway.store.control.StoreReferences;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * product.list, product.count and product.info, answered from the store's listings report. While Amazon is
 * still preparing it the answer is 107 with the report_request_id to retry with.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Products {

    @EJB
    Stores stores;

    @Inject
    StoreReferences storeReferences;

    @EJB
    ListingReports reports;

    @Inject
    PageCursors cursors;

    @Inject
    WaitingCalls calls;

    /** A sort order another request is computing is waited for as long as a report would be. */
    @Inject
    @ConfigProperty(name = "spgateway.report.max-wait")
    Duration sortWait;

    public CompletionStage<Envelope> list(Caller caller, ProductRequest request) {
        return report(caller, request).thenApply(reading -> page(reading, request));
    }

    public CompletionStage<Envelope> count(Caller caller, ProductRequest request) {
        return report(caller, request).thenApply(reading -> count(reading, request));
    }

    public CompletionStage<Envelope> info(Caller caller, ProductRequest request, String productId) {
        return report(caller, request).thenApply(reading -> info(reading, request, productId));
    }

    private Envelope page(ReportReading opened, ProductRequest request) {
        try (ReportReading reading = opened) {
            CachedReport report = reading.report();
            ProductSearch.Page page = ProductSearch.page(report, request.filter(), request.start(), request.count(),
                    sortWait);
            List<Map<String, Object>> products = page.rows().stream()
                    .map(row -> ProductMapper.product(row, request.fields()))
                    .toList();
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("products_count", products.size());
            result.put("product", products);
            Envelope.Pagination pagination = new Envelope.Pagination(
                    sealed(request.previous(page.total()), request), sealed(request.next(page.total()), request));
            return select(Envelope.page(result, pagination), request);
        } catch (ReportTooLarge e) {
            throw new ApiException(ReturnCode.STORE_ERROR, "The store's products cannot be sorted by "
                    + request.filter().sortBy().orElse("id") + " on this server now: sorting " + e.getMessage());
        } catch (FlightTimeout e) {
            throw new ApiException(ReturnCode.STORE_ERROR, "Another request on this server is still sorting the"
                    + " store's products by " + request.filter().sortBy().orElse("id") + " (waited "
                    + e.waited().toSeconds() + " s, spgateway.report.max-wait); please try again later");
        }
    }

    private static Envelope count(ReportReading opened, ProductRequest request) {
        try (ReportReading reading = opened) {
            return select(Envelope.ok(Map.of("products_count", ProductSearch.count(reading.report(),
                    request.filter()))), request);
        }
    }

    private static Envelope info(ReportReading opened, ProductRequest request, String productId) {
        try (ReportReading reading = opened) {
            ListingTable table = reading.report().table();
            OptionalInt index = table.indexOfSku(productId);
            if (index.isEmpty()) {
                throw new ApiException(ReturnCode.NOT_FOUND, "Product with id " + productId + " not found");
            }
            return select(Envelope.ok(ProductMapper.product(table.row(index.getAsInt()), request.fields())), request);
        }
    }

    /**
     * The store's report, opened for this call: its memory stays counted until the call is done with it. A
     * report not in the cache is obtained off the request thread, which may mean waiting for Amazon.
     */
    private CompletionStage<ReportReading> report(Caller caller, ProductRequest request) {
        StoreReference store = storeReferences.find(caller, request.storeKey());
        List<String> marketplaces = request.filter().storeId().map(id -> marketplace(store, id))
                .orElse(store.marketplaceIds());
        ReportSubject subject = new ReportSubject(store.id(), () -> stores.credentials(store.id()), marketplaces);
        Optional<ReportReading> cached = reports.cached(subject, request.reportRequestId(),
                request.disableReportCache());
        if (cached.isPresent()) {
            return CompletableFuture.completedStage(cached.get());
        }
        return calls.submit(() -> reports.listings(subject, request.reportRequestId(),
                request.disableReportCache()));
    }

    private static List<String> marketplace(StoreReference store, String storeId) {
        if (!store.marketplaceIds().contains(storeId)) {
            throw ApiException.incorrect("store_id", "expected one of the store's marketplaces: "
                    + String.join(", ", store.marketplaceIds()));
        }
        return List.of(storeId);
    }

    private String sealed(Optional<PageCursor> cursor, ProductRequest request) {
        return cursor.map(page -> cursors.seal(page, request.storeKey())).orElse(null);
    }

    private static Envelope select(Envelope envelope, ProductRequest request) {
        return request.responseFields().map(envelope::select).orElse(envelope);
    }
}
