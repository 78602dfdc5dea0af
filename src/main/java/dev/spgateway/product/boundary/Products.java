package dev.spgateway.product.boundary;

import dev.spgateway.api.control.ApiException;
import dev.spgateway.api.control.Caller;
import dev.spgateway.api.control.Envelope;
import dev.spgateway.api.control.ReturnCode;
import dev.spgateway.product.control.PageCursor;
import dev.spgateway.product.control.PageCursors;
import dev.spgateway.product.control.ProductMapper;
import dev.spgateway.product.control.ProductRequest;
import dev.spgateway.product.control.ProductSearch;
import dev.spgateway.report.boundary.ListingReports;
import dev.spgateway.report.control.CachedReport;
import dev.spgateway.report.control.ReportOutcome;
import dev.spgateway.report.control.ReportSubject;
import dev.spgateway.store.boundary.Stores;
import dev.spgateway.store.control.StoreReference;
import dev.spgateway.store.control.StoreReferences;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

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

    public Envelope list(Caller caller, ProductRequest request) {
        CachedReport report = report(caller, request);
        ProductSearch.Page page = ProductSearch.page(report, request.filter(), request.start(), request.count());
        List<Map<String, Object>> products = page.rows().stream()
                .map(row -> ProductMapper.product(row, request.fields()))
                .toList();
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("products_count", products.size());
        result.put("product", products);
        Envelope.Pagination pagination = new Envelope.Pagination(sealed(request.previous(page.total()), request),
                sealed(request.next(page.total()), request));
        return select(Envelope.page(result, pagination), request);
    }

    public Envelope count(Caller caller, ProductRequest request) {
        CachedReport report = report(caller, request);
        return select(Envelope.ok(Map.of("products_count", ProductSearch.count(report, request.filter()))), request);
    }

    public Envelope info(Caller caller, ProductRequest request, String productId) {
        CachedReport report = report(caller, request);
        OptionalInt index = report.table().indexOfSku(productId);
        if (index.isEmpty()) {
            throw new ApiException(ReturnCode.NOT_FOUND, "Product with id " + productId + " not found");
        }
        Map<String, Object> product = ProductMapper.product(report.table().row(index.getAsInt()),
                request.fields());
        return select(Envelope.ok(product), request);
    }

    private CachedReport report(Caller caller, ProductRequest request) {
        StoreReference store = storeReferences.find(caller, request.storeKey());
        List<String> marketplaces = request.filter().storeId().map(id -> marketplace(store, id))
                .orElse(store.marketplaceIds());
        ReportSubject subject = new ReportSubject(store.id(), () -> stores.credentials(store.id()), marketplaces);
        ReportOutcome outcome = reports.listings(subject, request.reportRequestId(), request.disableReportCache());
        if (outcome instanceof ReportOutcome.NotReady notReady) {
            throw new ApiException(ReturnCode.STORE_ERROR, "Report is not ready yet, please try again later"
                    + " (report_request_id=" + notReady.reportRequestId() + ")");
        }
        return ((ReportOutcome.Ready) outcome).report();
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
