package dev.spgateway.order.boundary;

import dev.spgateway.api.control.ApiException;
import dev.spgateway.api.control.Caller;
import dev.spgateway.api.control.Envelope;
import dev.spgateway.api.control.ReturnCode;
import dev.spgateway.order.control.BuyerDataCache;
import dev.spgateway.order.control.BuyerEmails;
import dev.spgateway.order.control.MoneyRounding;
import dev.spgateway.order.control.OrderCursors;
import dev.spgateway.order.control.OrderFilter;
import dev.spgateway.order.control.OrderPage;
import dev.spgateway.order.control.OrderQuery;
import dev.spgateway.order.control.OrderSlice;
import dev.spgateway.order.control.OrderMapper;
import dev.spgateway.order.control.OrderRequest;
import dev.spgateway.order.control.OrderStatus;
import dev.spgateway.order.entity.OrderSync;
import dev.spgateway.order.entity.StoreOrder;
import dev.spgateway.platform.boundary.WaitingCalls;
import dev.spgateway.platform.control.JsonDocuments;
import dev.spgateway.store.boundary.Stores;
import dev.spgateway.store.control.StoreReference;
import dev.spgateway.store.control.StoreReferences;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * order.list, order.count and order.info, answered from the store's orders in the database. A store whose last
 * sync is older than {@code spgateway.order.sync-interval} is synced first, off the request thread, and so is
 * one asked with {@code enable_cache=false} (as far as the usage plan allows).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Orders {

    static final String NO_BUYER_DATA = "Buyer and recipient data are empty: the store's application is not"
            + " registered with Amazon for the roles they require.";

    @EJB
    Stores stores;

    @Inject
    StoreReferences storeReferences;

    @EJB
    OrderStore store;

    @EJB
    OrderSyncs syncs;

    @Inject
    BuyerDataCache buyerData;

    @Inject
    WaitingCalls calls;

    @Inject
    OrderCursors cursors;

    @Inject
    BuyerEmails emails;

    @Inject
    @ConfigProperty(name = "spgateway.order.sync-interval")
    Duration syncInterval;

    private final Clock clock = Clock.systemUTC();

    public CompletionStage<Envelope> list(Caller caller, OrderRequest request) {
        return synced(caller, request, (store, sync) -> page(store, sync, request));
    }

    public CompletionStage<Envelope> count(Caller caller, OrderRequest request) {
        return synced(caller, request, (ref, sync) -> select(Envelope.ok(Map.of("orders_count",
                store.count(ref.id(), filter(ref, request)))), request));
    }

    public CompletionStage<Envelope> info(Caller caller, OrderRequest request, String orderId) {
        return synced(caller, request, (ref, sync) -> {
            StoreOrder order = store.find(ref.id(), orderId).orElseThrow(() ->
                    new ApiException(ReturnCode.NOT_FOUND, "Order with id " + orderId + " not found"));
            return select(withNotice(Envelope.ok(mapped(ref, order, request)), sync), request);
        });
    }

    public static Envelope statuses() {
        List<Map<String, String>> statuses = OrderStatus.displayNames().stream()
                .map(name -> Map.of("id", name, "name", name)).toList();
        return Envelope.ok(Map.of("cart_order_statuses", statuses));
    }

    private Envelope page(StoreReference ref, OrderSync sync, OrderRequest request) {
        OrderFilter filter = filter(ref, request);
        OrderSlice slice = store.page(ref.id(), filter, request.page());
        List<Map<String, Object>> orders = slice.rows().stream().map(order -> mapped(ref, order, request)).toList();
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("orders_count", orders.size());
        result.put("order", orders);
        return select(withNotice(Envelope.page(result, pagination(slice, filter, request)), sync), request);
    }

    /**
     * Cursors anchored on the page's first and last rows: the next page is what follows the last row shown,
     * wherever it stands by then. From beyond the end, previous is the last page.
     */
    private Envelope.Pagination pagination(OrderSlice slice, OrderFilter filter, OrderRequest request) {
        Optional<String> emailHash = filter.emailHashes().map(hashes -> hashes.get(0));
        List<StoreOrder> rows = slice.rows();
        String sortBy = filter.sortBy();
        String next = slice.moreAfter() && !rows.isEmpty() ? sealed(request, emailHash, OrderPage.after(
                OrderQuery.anchorOf(rows.get(rows.size() - 1), sortBy), request.count())) : null;
        String previous = slice.moreBefore() ? sealed(request, emailHash, OrderPage.before(rows.isEmpty()
                ? Optional.empty() : Optional.of(OrderQuery.anchorOf(rows.get(0), sortBy)), request.count())) : null;
        return new Envelope.Pagination(previous, next);
    }

    private String sealed(OrderRequest request, Optional<String> emailHash, OrderPage page) {
        return cursors.seal(request.cursor(page, emailHash), request.storeKey());
    }

    /** The request's filter with the buyer e-mail as the store's rows hold it: hashed, under every key. */
    private OrderFilter filter(StoreReference ref, OrderRequest request) {
        OrderFilter filter = request.filter();
        return filter.customerEmail().map(email -> filter.withEmailHashes(emails.hashes(ref.id(), email)))
                .orElse(filter);
    }

    private Map<String, Object> mapped(StoreReference ref, StoreOrder order, OrderRequest request) {
        Map<String, Object> selected = request.fields().select(api2cart(ref, order));
        return request.roundingPrecision().isPresent() ? castToMap(MoneyRounding.rounded(selected,
                request.roundingPrecision().getAsInt())) : selected;
    }

    private Map<String, Object> api2cart(StoreReference ref, StoreOrder order) {
        try (JsonReader reader = JsonDocuments.reader(order.document())) {
            JsonObject document = reader.readObject();
            return OrderMapper.order(document, order.status(), buyerData.get(ref.id(), order.orderId()));
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> castToMap(Object value) {
        return (Map<String, Object>) value;
    }

    private CompletionStage<Envelope> synced(Caller caller, OrderRequest request,
            java.util.function.BiFunction<StoreReference, OrderSync, Envelope> answer) {
        StoreReference ref = storeReferences.find(caller, request.storeKey());
        request.filter().storeId().filter(id -> !ref.marketplaceIds().contains(id)).ifPresent(id -> {
            throw ApiException.incorrect("store_id", "expected one of the store's marketplaces: "
                    + String.join(", ", ref.marketplaceIds()));
        });
        Optional<OrderSync> sync = store.sync(ref.id());
        if (sync.isPresent() && !request.refresh() && sync.get().isFresh(clock.instant(), syncInterval)) {
            fillLater(ref, sync);
            return answer.apply(ref, sync.get()).now();
        }
        Function<Optional<OrderSync>, Envelope> then = after -> {
            fillLater(ref, after);
            return answer.apply(ref, after.orElse(null));
        };
        return calls.submit(() -> then.apply(syncs.sync(ref, () -> stores.credentials(ref.id()))));
    }

    /** What the order report left out is filled in off this answer, with the requests the plan has spare. */
    private void fillLater(StoreReference ref, Optional<OrderSync> sync) {
        if (sync.flatMap(OrderSync::fillFrom).isPresent()) {
            calls.submit(() -> syncs.fill(ref, () -> stores.credentials(ref.id())));
        }
    }

    private static Envelope withNotice(Envelope envelope, OrderSync sync) {
        if (sync != null && sync.buyerData() == OrderSync.BuyerData.REFUSED) {
            return new Envelope(envelope.returnCode(), NO_BUYER_DATA, envelope.pagination(), envelope.result());
        }
        return envelope;
    }

    private static Envelope select(Envelope envelope, OrderRequest request) {
        return request.responseFields().map(envelope::select).orElse(envelope);
    }
}
