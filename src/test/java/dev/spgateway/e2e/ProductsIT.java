package dev.spgateway.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spgateway.launch.GatewayProcess;
import dev.spgateway.sandbox.SpApiSandbox;
import dev.spgateway.sandbox.control.Fault;
import dev.spgateway.sandbox.control.SandboxControl;
import dev.spgateway.sandbox.listings.ListingsCatalog;
import dev.spgateway.sandbox.listings.ListingsColumn;
import dev.spgateway.sandbox.listings.ListingsRow;
import dev.spgateway.sandbox.sellers.Marketplace;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * product.list / count / info end to end: the WAR on Payara Micro, Amazon played by the sandbox on a clock
 * the test moves. The gateway waits 3 s (not 15) for a report and caches for 10 s (not 15 minutes), so
 * that the behaviour around both limits is checked in seconds.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ProductsIT {

    private static final String KEY = "products-it-account-key-0001";
    private static final Pattern NOT_READY = Pattern.compile(
            "Report is not ready yet, please try again later \\(report_request_id=(\\S+)\\)");
    private static final Duration CACHE_TTL = Duration.ofSeconds(10);
    private static final String US = "ATVPDKIKX0DER";
    private static final String JP = "A1VC38T7YXB528";

    private static SpApiSandbox sandbox;
    private static SandboxControl control;
    private static Path workDir;
    private static E2eDatabase database;
    private static GatewayProcess gateway;
    private static GatewayClient client;

    @BeforeAll
    static void start() throws Exception {
        sandbox = SpApiSandbox.start();
        control = sandbox.control();
        workDir = SandboxedGateway.workDir("products");
        database = E2eDatabase.forRun(workDir.resolve("data"));
        gateway = startGateway();
    }

    @AfterAll
    static void stop() {
        if (gateway != null) {
            gateway.stop();
        }
        if (sandbox != null) {
            sandbox.stop();
        }
        if (database != null) {
            database.close();
        }
    }

    private static GatewayProcess startGateway() throws Exception {
        GatewayProcess process = database.configure(
                SandboxedGateway.configure(GatewayProcess.fromBuild(workDir), sandbox))
                .property("spgateway.bootstrap.api-key", KEY)
                .property("spgateway.report.max-wait", "PT3S")
                .property("spgateway.report.cache-ttl", CACHE_TTL.toString())
                .start();
        client = new GatewayClient(process.baseUrl(), KEY);
        return process;
    }

    @Test
    @Order(1)
    void aSlowReportAnswers107UntilDoneThenServesTheCatalogFromOneReport() {
        Store store = newStore(US, "us-east-1", 523, Duration.ofSeconds(10), Duration.ofSeconds(30));

        JsonObject first = client.get("product.list", Map.of("store_key", store.key));
        String requestId = notReady(first);
        assertEquals(requestId, notReady(client.get("product.list", Map.of("store_key", store.key))));
        assertEquals(requestId, notReady(client.get("product.list",
                Map.of("store_key", store.key, "report_request_id", requestId))));
        assertEquals(1, calls("createReport", store));

        sandbox.testClock().advance(Duration.ofSeconds(41));

        JsonObject ready = client.get("product.list", Map.of("store_key", store.key, "count", "25",
                "params", "force_all", "report_request_id", requestId));
        assertEquals(0, ready.getInt("return_code"), ready.toString());
        List<JsonObject> products = products(ready);
        assertEquals(25, products.size());
        for (int i = 0; i < products.size(); i++) {
            assertProductIsRow(store.catalog.row(i), products.get(i));
        }
        assertEquals(523, client.get("product.count", Map.of("store_key", store.key))
                .getJsonObject("result").getInt("products_count"));
        assertEquals(1, calls("createReport", store));
    }

    @Test
    @Order(2)
    void startCountAndPageCursorEachWalkTheWholeCatalogOnce() {
        Store store = newStore(US, "us-east-1", 523, Duration.ZERO, Duration.ZERO);
        List<String> expected = new ArrayList<>();
        store.catalog.forEach(row -> expected.add(row.get(ListingsColumn.SELLER_SKU)));

        List<String> byStart = new ArrayList<>();
        for (int start = 0; start < 523; start += 250) {
            byStart.addAll(ids(client.get("product.list", Map.of("store_key", store.key,
                    "start", String.valueOf(start), "count", "250"))));
        }
        assertEquals(expected, byStart);

        List<String> byCursor = new ArrayList<>();
        JsonObject page = client.get("product.list", Map.of("store_key", store.key, "count", "100"));
        assertNull(nullable(page.getJsonObject("pagination"), "previous"));
        while (true) {
            byCursor.addAll(ids(page));
            String next = nullable(page.getJsonObject("pagination"), "next");
            if (next == null) {
                break;
            }
            page = client.get("product.list", Map.of("store_key", store.key, "page_cursor", next));
            assertEquals(0, page.getInt("return_code"), page.toString());
        }
        assertEquals(expected, byCursor);
        assertEquals(1, calls("createReport", store), "every page from one cached report");
    }

    @Test
    @Order(3)
    void productInfoFiltersAndFieldSelection() {
        Store store = newStore(US, "us-east-1", 300, Duration.ZERO, Duration.ZERO);
        ListingsRow row = store.catalog.row(17);
        String sku = row.get(ListingsColumn.SELLER_SKU);

        JsonObject info = client.get("product.info", Map.of("store_key", store.key, "id", sku, "params", "force_all"));
        assertEquals(0, info.getInt("return_code"), info.toString());
        assertProductIsRow(row, info.getJsonObject("result"));
        assertEquals(112, client.get("product.info", Map.of("store_key", store.key, "id", "NO-SUCH-SKU"))
                .getInt("return_code"));
        assertEquals(114, client.get("product.info", Map.of("store_key", store.key)).getInt("return_code"));

        JsonObject bySku = client.get("product.list", Map.of("store_key", store.key, "find_where", "sku",
                "find_value", sku));
        assertEquals(List.of(sku), ids(bySku));
        JsonObject byIds = client.get("product.list", Map.of("store_key", store.key, "product_ids",
                sku + "," + store.catalog.row(3).get(ListingsColumn.SELLER_SKU)));
        assertEquals(2, products(byIds).size());

        long active = 0;
        for (ListingsRow each : store.catalog) {
            active += each.active() ? 1 : 0;
        }
        assertEquals(active, client.get("product.count", Map.of("store_key", store.key, "avail_sale", "true"))
                .getJsonObject("result").getInt("products_count"));

        JsonObject trimmed = client.get("product.list", Map.of("store_key", store.key, "count", "3",
                "response_fields", "{result{product{id,price}}}"));
        assertEquals(List.of("result"), List.copyOf(trimmed.keySet()));
        assertEquals(List.of("id", "price"), List.copyOf(products(trimmed).get(0).keySet()));

        assertEquals(109, client.get("product.list", Map.of("store_key", store.key, "count", "-1"))
                .getInt("return_code"));
        assertEquals(109, client.get("product.list", Map.of("store_key", store.key, "count", "251"))
                .getInt("return_code"));
    }

    @Test
    @Order(4)
    void disableReportCacheMakesANewReportAndTheCacheExpiresAfterItsTtl() throws Exception {
        Store store = newStore(US, "us-east-1", 40, Duration.ZERO, Duration.ZERO);
        assertEquals(0, client.get("product.list", Map.of("store_key", store.key)).getInt("return_code"));
        assertEquals(0, client.get("product.count", Map.of("store_key", store.key)).getInt("return_code"));
        assertEquals(1, calls("createReport", store));

        Instant cachedFrom = Instant.now();
        assertEquals(0, client.get("product.list", Map.of("store_key", store.key, "disable_report_cache", "true"))
                .getInt("return_code"));
        Instant cachedBy = Instant.now();
        assertEquals(2, calls("createReport", store));

        awaitNewReportOnceExpired(store, cachedFrom.plus(CACHE_TTL), cachedBy.plus(CACHE_TTL));
        assertEquals(3, calls("createReport", store));
    }

    @Test
    @Order(5)
    void fiftyConcurrentColdIdenticalCallsShareOneReportAndOneDownload() throws Exception {
        Store store = newStore(US, "us-east-1", 200, Duration.ZERO, Duration.ZERO);
        int lwaBefore = control.callCount("lwaToken");

        ExecutorService pool = Executors.newFixedThreadPool(50);
        try {
            List<Future<JsonObject>> answers = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                answers.add(pool.submit(() -> client.get("product.list", Map.of("store_key", store.key))));
            }
            for (Future<JsonObject> answer : answers) {
                assertEquals(0, answer.get().getInt("return_code"));
            }
        } finally {
            pool.shutdownNow();
        }

        assertEquals(1, calls("createReport", store));
        assertEquals(1, calls("getReportDocument", store));
        assertTrue(control.callCount("lwaToken") - lwaBefore <= 1);
    }

    @Test
    @Order(6)
    void failedAndEmptyReportsAndExpiredDocumentUrls() {
        Store fatal = newStore(US, "us-east-1", 30, Duration.ZERO, Duration.ZERO);
        control.failNextReports(fatal.sellerId, 1);
        JsonObject failed = client.get("product.list", Map.of("store_key", fatal.key));
        assertEquals(107, failed.getInt("return_code"), failed.toString());
        assertTrue(failed.getString("return_message").startsWith("Amazon could not produce report"),
                failed.getString("return_message"));

        Store empty = newStore(US, "us-east-1", 0, Duration.ZERO, Duration.ZERO);
        JsonObject none = client.get("product.list", Map.of("store_key", empty.key));
        assertEquals(0, none.getInt("return_code"), none.toString());
        assertEquals(0, products(none).size());

        Store throttled = newStore(US, "us-east-1", 30, Duration.ZERO, Duration.ZERO);
        int polls = control.callCount("getReport");
        control.scriptFault("getReport", Fault.status(429), 2);
        JsonObject backedOff = client.get("product.list", Map.of("store_key", throttled.key));
        assertEquals(0, backedOff.getInt("return_code"), "getReport throttled twice, retried after growing pauses");
        assertEquals(polls + 3, control.callCount("getReport"));

        Store expiring = newStore(US, "us-east-1", 30, Duration.ZERO, Duration.ZERO);
        control.scriptFault("downloadDocument", Fault.status(403), 1);
        JsonObject again = client.get("product.list", Map.of("store_key", expiring.key));
        assertEquals(0, again.getInt("return_code"), again.toString());
        assertEquals(2, calls("getReportDocument", expiring), "a fresh URL after the expired one");
    }

    @Test
    @Order(7)
    void japaneseListingsInWindows31jKeepTheirText() {
        Store store = newStore(JP, "us-west-2", 60, Duration.ZERO, Duration.ZERO);

        JsonObject answer = client.get("product.list", Map.of("store_key", store.key, "count", "60",
                "params", "force_all"));

        assertEquals(0, answer.getInt("return_code"), answer.toString());
        List<JsonObject> products = products(answer);
        for (int i = 0; i < products.size(); i++) {
            assertProductIsRow(store.catalog.row(i), products.get(i));
        }
    }

    @Test
    @Order(8)
    void aReportRequestIdOfAnotherStoreIs112() {
        Store slow = newStore(US, "us-east-1", 10, Duration.ofSeconds(60), Duration.ZERO);
        Store other = newStore(US, "us-east-1", 10, Duration.ZERO, Duration.ZERO);
        String requestId = notReady(client.get("product.list", Map.of("store_key", slow.key)));

        assertEquals(112, client.get("product.list", Map.of("store_key", other.key, "report_request_id", requestId))
                .getInt("return_code"));
    }

    @Test
    @Order(9)
    void aDeletedStoreAnswersNoMoreProductsThoughItsStoreKeyWasJustUsed() {
        Store store = newStore(US, "us-east-1", 10, Duration.ZERO, Duration.ZERO);
        assertEquals(0, client.get("product.count", Map.of("store_key", store.key)).getInt("return_code"));

        assertEquals(0, client.delete("cart.delete", Map.of("store_key", store.key)).getInt("return_code"));

        assertEquals(101, client.get("product.count", Map.of("store_key", store.key)).getInt("return_code"));
        assertEquals(101, client.get("product.list", Map.of("store_key", store.key)).getInt("return_code"));
    }

    @Test
    @Order(100)
    void aRestartBetween107AndDoneMakesNoNewReport() throws Exception {
        Store store = newStore(US, "us-east-1", 50, Duration.ofSeconds(20), Duration.ofSeconds(20));
        String requestId = notReady(client.get("product.list", Map.of("store_key", store.key)));

        gateway.stop();
        gateway = startGateway();

        assertEquals(requestId, notReady(client.get("product.list", Map.of("store_key", store.key))));
        sandbox.testClock().advance(Duration.ofSeconds(41));
        assertEquals(0, client.get("product.list", Map.of("store_key", store.key)).getInt("return_code"));
        assertEquals(1, calls("createReport", store));
    }

    /**
     * Asks for the products until a call makes a new report: none may before {@code expiresFrom}, one must
     * soon after {@code expiresBy}. The gateway's clock is this machine's, so a call answered before
     * {@code expiresFrom} was served while the cached report was still fresh.
     */
    private static void awaitNewReportOnceExpired(Store store, Instant expiresFrom, Instant expiresBy)
            throws InterruptedException {
        int before = calls("createReport", store);
        Eventually.await(Duration.between(Instant.now(), expiresBy).plusSeconds(10), "a new report", () -> {
            assertEquals(0, client.get("product.list", Map.of("store_key", store.key)).getInt("return_code"));
            boolean answeredWhileFresh = Instant.now().isBefore(expiresFrom);
            int made = calls("createReport", store) - before;
            assertTrue(made == 0 || !answeredWhileFresh, "a new report before the cache-ttl was over");
            return made > 0;
        });
    }

    private static void assertProductIsRow(ListingsRow row, JsonObject product) {
        assertEquals(row.get(ListingsColumn.SELLER_SKU), product.getString("id"));
        assertEquals(row.get(ListingsColumn.ITEM_NAME), product.getString("name"));
        assertEquals(row.get(ListingsColumn.ITEM_DESCRIPTION), nullable(product, "description"));
        String price = row.get(ListingsColumn.PRICE);
        if (price == null || price.isEmpty()) {
            assertEquals(JsonValue.NULL, product.get("price"));
        } else {
            assertEquals(0, new BigDecimal(price).compareTo(product.getJsonNumber("price").bigDecimalValue()));
        }
        String quantity = row.get(ListingsColumn.QUANTITY);
        assertEquals(quantity == null || quantity.isEmpty() ? 0 : Integer.parseInt(quantity), product.getInt("quantity"));
        assertEquals(row.active(), product.getBoolean("avail_sale"));
        JsonObject additional = product.getJsonObject("additional_fields");
        for (ListingsColumn column : List.of(ListingsColumn.ASIN1, ListingsColumn.LISTING_ID,
                ListingsColumn.STATUS, ListingsColumn.FULFILLMENT_CHANNEL, ListingsColumn.PRODUCT_ID,
                ListingsColumn.ITEM_CONDITION)) {
            String expected = row.get(column);
            String actual = nullable(additional, column.header().replace('-', '_'));
            assertEquals(expected == null || expected.isEmpty() ? null : expected,
                    actual == null || actual.isEmpty() ? null : actual, column.header());
        }
    }

    private static String notReady(JsonObject answer) {
        assertEquals(107, answer.getInt("return_code"), answer.toString());
        assertEquals(JsonValue.EMPTY_JSON_OBJECT, answer.getJsonObject("result"));
        Matcher matcher = NOT_READY.matcher(answer.getString("return_message"));
        assertTrue(matcher.matches(), answer.getString("return_message"));
        return matcher.group(1);
    }

    private static List<JsonObject> products(JsonObject answer) {
        return answer.getJsonObject("result").getJsonArray("product").stream().map(JsonValue::asJsonObject).toList();
    }

    private static List<String> ids(JsonObject answer) {
        assertEquals(0, answer.getInt("return_code"), answer.toString());
        return products(answer).stream().map(p -> p.getString("id")).toList();
    }

    private static String nullable(JsonObject object, String name) {
        JsonValue value = object.get(name);
        return value == null || value == JsonValue.NULL ? null : object.getString(name);
    }

    private static int calls(String operation, Store store) {
        return (int) control.calls(operation).stream().filter(call -> store.sellerId.equals(call.sellerId())).count();
    }

    private static Store newStore(String marketplace, String region, int size, Duration inQueue, Duration inProgress) {
        SandboxStores.Store store = SandboxStores.connect(control, client, marketplace, region, size, inQueue,
                inProgress);
        ListingsCatalog catalog = new ListingsCatalog(store.sellerId().hashCode(), size,
                Marketplace.byId(marketplace).orElseThrow());
        return new Store(store.sellerId(), store.key(), catalog);
    }

    private record Store(String sellerId, String key, ListingsCatalog catalog) {
    }
}
