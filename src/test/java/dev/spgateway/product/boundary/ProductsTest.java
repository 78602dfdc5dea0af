package dev.spgateway.product.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spgateway.amazon.control.SpApiCredentials;
import dev.spgateway.api.control.ApiCall;
import dev.spgateway.api.control.ApiException;
import dev.spgateway.api.control.Caller;
import dev.spgateway.api.control.Envelope;
import dev.spgateway.api.control.ReturnCode;
import dev.spgateway.platform.boundary.WaitingCalls;
import dev.spgateway.product.control.PageCursor;
import dev.spgateway.product.control.PageCursors;
import dev.spgateway.product.control.ProductRequest;
import dev.spgateway.report.boundary.ListingReports;
import dev.spgateway.report.control.ListingTable;
import dev.spgateway.report.control.ListingsDocumentReader;
import dev.spgateway.report.control.ReportMemory;
import dev.spgateway.report.control.ReportReading;
import dev.spgateway.report.control.ReportSubject;
import dev.spgateway.store.boundary.Stores;
import dev.spgateway.store.control.StoreReference;
import dev.spgateway.store.control.StoreReferences;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** Products with the store lookup, the report and the credentials played by fakes. */
class ProductsTest {

    private static final String STORE_KEY = "store-key-of-account-a";
    private static final String US = "ATVPDKIKX0DER";
    private static final String CA = "A2EUQ1WTGCTBG2";
    private static final String HEADER = "item-name\titem-description\tlisting-id\tseller-sku\tprice\tquantity\t"
            + "open-date\tproduct-id-type\tasin1\tproduct-id\tfulfillment-channel\tstatus\n";
    private static final String ROWS = "Blue Towel\tSoft\tL1\tSKU-1\t9.99\t5\t2021-03-15 10:22:31 PST\t1\tB001\tB001"
            + "\tDEFAULT\tActive\n"
            + "Red Cap\t\tL2\tSKU-2\t19.50\t0\t2022-01-01 00:00:00 UTC\t1\tB002\tB002\tDEFAULT\tInactive\n"
            + "Green Mug\tHot\tL3\tSKU-3\t4.00\t2\t2020-06-01 12:00:00 PDT\t1\tB003\tB003\tAMAZON_NA\tActive\n";

    private final PageCursors cursors = new PageCursors(List.of(new byte[32]));
    private final ReportMemory memory = new ReportMemory(64 << 20, Duration.ofMinutes(15), Duration.ofSeconds(1),
            Clock.systemUTC());
    private final List<String> credentialLookups = new ArrayList<>();
    private final List<Asked> asked = new ArrayList<>();
    private boolean reportNeedsAmazon;
    private boolean cachedReport;
    private int offloaded;
    private final Products products = new Products();

    ProductsTest() {
        memory.put("report", "REPORT-1", table());
        products.storeReferences = new StoreReferences() {
            @Override
            public StoreReference find(Caller caller, String storeKey) {
                if (!caller.accountId().equals("account-a") || !storeKey.equals(STORE_KEY)) {
                    throw new ApiException(ReturnCode.STORE_NOT_FOUND, "Store not found");
                }
                return new StoreReference("store-1", "account-a", List.of(US, CA));
            }
        };
        products.stores = new Stores() {
            @Override
            public SpApiCredentials credentials(String storeId) {
                credentialLookups.add(storeId);
                return null;
            }
        };
        products.reports = new ListingReports() {
            @Override
            public Optional<ReportReading> cached(ReportSubject subject, Optional<String> reportRequestId,
                    boolean disableCache) {
                return cachedReport ? Optional.of(memory.read("report").orElseThrow()) : Optional.empty();
            }

            @Override
            public ReportReading listings(ReportSubject subject, Optional<String> reportRequestId,
                    boolean disableCache) {
                asked.add(new Asked(subject.storeId(), subject.marketplaceIds(), reportRequestId, disableCache));
                if (reportNeedsAmazon) {
                    subject.credentials();
                }
                ReportReading reading = memory.read("report").orElseThrow();
                // evicted while this call reads it: only closing the reading gives its memory back
                memory.purge("report");
                return reading;
            }
        };
        products.cursors = cursors;
        products.sortWait = Duration.ofSeconds(1);
        products.calls = new WaitingCalls() {
            @Override
            public <T> CompletionStage<T> submit(Supplier<T> work) {
                offloaded++;
                try {
                    return CompletableFuture.completedFuture(work.get());
                } catch (RuntimeException e) {
                    return CompletableFuture.failedFuture(e);
                }
            }
        };
    }

    @Test
    void aCachedReportIsAnsweredOnTheCallersThreadWithoutAskingForTheReport() {
        cachedReport = true;

        Envelope answer = answered(products.count(caller(), request(Map.of())));

        assertEquals(3, ((Map<?, ?>) answer.result()).get("products_count"));
        assertEquals(List.of(), asked);
        assertEquals(0, offloaded);
        assertEquals(List.of(), credentialLookups);
    }

    @Test
    void aReportNotInTheCacheIsObtainedOffTheRequestThread() {
        answered(products.count(caller(), request(Map.of())));

        assertEquals(1, asked.size());
        assertEquals(1, offloaded);
    }

    /** The answer of a stage, its failure thrown as the exception the method raised. */
    private static Envelope answered(CompletionStage<Envelope> stage) {
        try {
            return stage.toCompletableFuture().join();
        } catch (CompletionException e) {
            throw (RuntimeException) e.getCause();
        }
    }

    @Test
    void aPageOfProductsWithCursorsSealedForTheStore() {
        Envelope answer = answered(products.list(caller(), request(Map.of("start", "1", "count", "1"))));

        assertTrue(answer.isOk());
        Map<?, ?> result = (Map<?, ?>) answer.result();
        assertEquals(1, result.get("products_count"));
        assertEquals(List.of("SKU-2"), ids(result));
        PageCursor next = cursors.open(answer.pagination().next(), STORE_KEY);
        assertEquals(2, next.start());
        assertEquals(1, next.count());
        assertEquals(0, cursors.open(answer.pagination().previous(), STORE_KEY).start());
        assertThrows(ApiException.class, () -> cursors.open(answer.pagination().next(), "another-store-key"));
    }

    @Test
    void theLastPageHasNoNextCursorAndTheFirstNoPrevious() {
        Envelope answer = answered(products.list(caller(), request(Map.of("count", "3"))));

        assertEquals(List.of("SKU-1", "SKU-2", "SKU-3"), ids((Map<?, ?>) answer.result()));
        assertNull(answer.pagination().next());
        assertNull(answer.pagination().previous());
    }

    @Test
    void theReportIsAskedForTheStoresMarketplacesWithTheCallersReportOptions() {
        answered(products.list(caller(), request(Map.of("report_request_id", "REPORT-7", "disable_report_cache", "true"))));

        assertEquals(List.of(new Asked("store-1", List.of(CA, US), Optional.of("REPORT-7"), true)), asked);
    }

    @Test
    void aStoreIdNarrowsTheReportToThatMarketplace() {
        answered(products.count(caller(), request(Map.of("store_id", CA))));

        assertEquals(List.of(CA), asked.get(0).marketplaces());
    }

    @Test
    void aStoreIdOfAnotherMarketplaceIs109BeforeAnyReport() {
        ApiException refused = assertThrows(ApiException.class,
                () -> answered(products.list(caller(), request(Map.of("store_id", "A1PA6795UKMFR9")))));

        assertEquals(ReturnCode.INCORRECT_PARAMETER, refused.returnCode());
        assertTrue(refused.getMessage().contains("store_id"), refused.getMessage());
        assertEquals(List.of(), asked);
    }

    @Test
    void anotherAccountsStoreKeyIs101BeforeAnyReport() {
        ApiException refused = assertThrows(ApiException.class,
                () -> answered(products.count(new Caller("account-b"), request(Map.of()))));

        assertEquals(ReturnCode.STORE_NOT_FOUND, refused.returnCode());
        assertEquals(List.of(), asked);
    }

    @Test
    void credentialsAreReadOnlyWhenTheReportNeedsAmazon() {
        answered(products.count(caller(), request(Map.of())));
        assertEquals(List.of(), credentialLookups, "a cached report needs no credentials");

        reportNeedsAmazon = true;
        memory.put("report", "REPORT-1", table());
        answered(products.count(caller(), request(Map.of())));
        assertEquals(List.of("store-1"), credentialLookups);
    }

    @Test
    void countFollowsTheFilter() {
        Envelope all = answered(products.count(caller(), request(Map.of())));
        memory.put("report", "REPORT-1", table());
        Envelope active = answered(products.count(caller(), request(Map.of("avail_sale", "true"))));

        assertEquals(Map.of("products_count", 3), all.result());
        assertEquals(Map.of("products_count", 2), active.result());
    }

    @Test
    void infoAnswersTheProductOr112() {
        Envelope found = answered(products.info(caller(), request(Map.of()), "SKU-3"));
        assertEquals("Green Mug", ((Map<?, ?>) found.result()).get("name"));

        memory.put("report", "REPORT-1", table());
        ApiException missing = assertThrows(ApiException.class,
                () -> answered(products.info(caller(), request(Map.of()), "SKU-9")));
        assertEquals(ReturnCode.NOT_FOUND, missing.returnCode());
        assertEquals(0, memory.statistics().evictedBytes(), "the reading is closed on the failure too");
    }

    @Test
    void everyAnswerGivesTheReportsMemoryBack() {
        answered(products.list(caller(), request(Map.of())));

        assertEquals(0, memory.statistics().evictedBytes());
        assertEquals(0, memory.statistics().bytes());
    }

    @Test
    void responseFieldsTrimTheAnswer() {
        Envelope answer = answered(products.list(caller(), request(Map.of("count", "1",
                "response_fields", "{result{product{id,price}}}"))));

        Map<String, Object> wire = answer.toWire();
        assertEquals(List.of("result"), List.copyOf(wire.keySet()));
        Map<?, ?> product = (Map<?, ?>) ((List<?>) ((Map<?, ?>) wire.get("result")).get("product")).get(0);
        assertEquals(List.of("id", "price"), List.copyOf(product.keySet()));
    }

    private static Caller caller() {
        return new Caller("account-a");
    }

    private ProductRequest request(Map<String, String> parameters) {
        return ProductRequest.of(new ApiCall("product.list", "api-key", STORE_KEY, new LinkedHashMap<>(parameters)),
                cursors);
    }

    private static List<Object> ids(Map<?, ?> result) {
        return ((List<?>) result.get("product")).stream().<Object>map(product -> ((Map<?, ?>) product).get("id"))
                .toList();
    }

    private static ListingTable table() {
        try {
            return ListingsDocumentReader.readTable(new ByteArrayInputStream((HEADER + ROWS).getBytes(
                    StandardCharsets.UTF_8)), false, "text/plain;charset=UTF-8", US);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private record Asked(String storeId, List<String> marketplaces, Optional<String> reportRequestId,
            boolean disableCache) {
    }
}
