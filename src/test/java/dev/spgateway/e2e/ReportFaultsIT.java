package dev.spgateway.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spgateway.launch.GatewayProcess;
import dev.spgateway.sandbox.SpApiSandbox;
import dev.spgateway.sandbox.control.Fault;
import dev.spgateway.sandbox.control.SandboxControl;
import dev.spgateway.sandbox.listings.ListingsCatalog;
import dev.spgateway.sandbox.listings.ListingsColumn;
import dev.spgateway.sandbox.listings.ListingsReportType;
import dev.spgateway.sandbox.listings.ListingsRow;
import dev.spgateway.sandbox.sellers.Marketplace;
import jakarta.json.JsonObject;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.management.MBeanServerConnection;
import javax.management.ObjectName;
import javax.management.remote.JMXConnector;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Report documents that go wrong on the way, end to end: the WAR on Payara Micro, Amazon's document host
 * played by the sandbox's scripted faults. Each fault answers its precise code (or, where the document can
 * still be read right, the data), every caller gets an answer, and afterwards nothing is left claimed,
 * pending or stuck: the next call reads the report as it is.
 */
class ReportFaultsIT {

    private static final String KEY = "report-faults-it-account-key-0001";
    private static final Duration IDLE_TIMEOUT = Duration.ofSeconds(2);
    private static final ObjectName REPORT_CACHE = name("spgateway:type=ReportCache");

    private static SpApiSandbox sandbox;
    private static SandboxControl control;
    private static GatewayProcess gateway;
    private static GatewayClient client;
    private static JMXConnector jmx;
    private static MBeanServerConnection mbeans;

    @BeforeAll
    static void start() throws Exception {
        sandbox = SpApiSandbox.start();
        control = sandbox.control();
        Path workDir = SandboxedGateway.workDir("report-faults");
        int jmxPort = SandboxedGateway.freePort();
        gateway = SandboxedGateway.withRemoteJmx(SandboxedGateway.configure(GatewayProcess.fromBuild(workDir), sandbox)
                .property("spgateway.data-dir", "./" + workDir.resolve("data"))
                .property("spgateway.bootstrap.api-key", KEY)
                .property("spgateway.report.max-wait", "PT3S")
                .property("spgateway.report.download-idle-timeout", IDLE_TIMEOUT.toString()), jmxPort)
                .start();
        client = new GatewayClient(gateway.baseUrl(), KEY);
        jmx = SandboxedGateway.connectJmx(jmxPort);
        mbeans = jmx.getMBeanServerConnection();
    }

    @AfterAll
    static void stop() throws Exception {
        if (jmx != null) {
            jmx.close();
        }
        if (gateway != null) {
            gateway.stop();
        }
        if (sandbox != null) {
            sandbox.stop();
        }
    }

    @AfterEach
    void nothingIsLeftClaimedOrPending() throws Exception {
        assertEquals(0L, mbeans.getAttribute(REPORT_CACHE, "ReadingBytes"));
        assertEquals(0L, mbeans.getAttribute(REPORT_CACHE, "EvictedBytes"));
        assertEquals(0, mbeans.getAttribute(REPORT_CACHE, "PendingReports"));
        assertTrue((Long) mbeans.getAttribute(REPORT_CACHE, "Bytes")
                <= (Long) mbeans.getAttribute(REPORT_CACHE, "MaxBytes"));
    }

    @Test
    void aDownloadThatStallsAfterItsHeadersAnswersEveryCallerThatJoinedItWith100() throws Exception {
        Store store = newStore(Marketplace.byId(SandboxStores.US).orElseThrow(), 200, false);
        // the host stays silent well past the idle timeout, then drops the connection
        control.scriptFault("downloadDocument", Fault.stallAfterHeaders(IDLE_TIMEOUT.multipliedBy(3)), 1);

        ExecutorService callers = Executors.newFixedThreadPool(8);
        try {
            List<Future<JsonObject>> answers = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                answers.add(callers.submit(() -> client.get("product.list", Map.of("store_key", store.key()))));
            }
            for (Future<JsonObject> answer : answers) {
                // a hang would show here; the bound is far above max-wait plus the idle timeout
                JsonObject envelope = answer.get(2, TimeUnit.MINUTES);
                assertEquals(100, envelope.getInt("return_code"), envelope.toString());
                assertEquals("the report document could not be read: no data came for 2000 ms "
                        + "(spgateway.report.download-idle-timeout); try again later", envelope.getString("return_message"));
            }
        } finally {
            callers.shutdownNow();
        }
        assertEquals(1, calls("downloadDocument", store), "the callers shared one download");

        assertAnswersTheCatalog(store);
        assertEquals(1, calls("createReport", store), "the finished report was read again, not requested again");
    }

    @Test
    void aTruncatedGzipDocumentAnswers100ThenTheNextCallReadsItWhole() {
        Store store = newStore(Marketplace.byId(SandboxStores.US).orElseThrow(), 3000, true);
        control.scriptFault("downloadDocument", Fault.truncatedGzip(), 1);

        JsonObject truncated = client.get("product.list", Map.of("store_key", store.key()));

        assertEquals(100, truncated.getInt("return_code"), truncated.toString());
        assertEquals("the report document ended early: its GZIP data is incomplete (Unexpected end of ZLIB input "
                + "stream); try again later", truncated.getString("return_message"));
        assertAnswersTheCatalog(store);
    }

    @Test
    void aWindowsDocumentLabelledUtf8IsReadRightInTheMarketplacesCharset() {
        for (Marketplace marketplace : List.of(Marketplace.byId(SandboxStores.US).orElseThrow(),
                Marketplace.byId("A1VC38T7YXB528").orElseThrow())) {
            Store store = newStore(marketplace, 120, false);
            control.scriptFault("downloadDocument", Fault.wrongCharset(), 1);

            assertAnswersTheCatalog(store);
            assertEquals(1, calls("downloadDocument", store), "read right the first time");
        }
    }

    @Test
    void aRowWithAFieldTooManyOrTooFewAnswers107NamingTheRowThenTheNextCallReadsTheReport() {
        Store store = newStore(Marketplace.byId(SandboxStores.US).orElseThrow(), 80, false);
        int columns = ListingsReportType.GET_MERCHANT_LISTINGS_ALL_DATA.columns().size();
        control.scriptFault("downloadDocument", Fault.extraField(), 1);
        control.scriptFault("downloadDocument", Fault.missingField(), 1);

        JsonObject tooMany = client.get("product.list", Map.of("store_key", store.key()));
        JsonObject tooFew = client.get("product.count", Map.of("store_key", store.key()));

        assertEquals(107, tooMany.getInt("return_code"), tooMany.toString());
        assertTrue(tooMany.getString("return_message").matches("Amazon's report \\S+ could not be read: the row on "
                + "line 2 has " + (columns + 1) + " fields, more than the header's " + columns),
                tooMany.getString("return_message"));
        assertEquals(107, tooFew.getInt("return_code"), tooFew.toString());
        assertTrue(tooFew.getString("return_message").endsWith("could not be read: the row on line 2 has "
                + (columns - 1) + " fields, fewer than the header's " + columns), tooFew.getString("return_message"));
        assertAnswersTheCatalog(store);
    }

    @Test
    void aCacheBudgetTheHeapCannotHoldStopsTheDeploymentWithAMessage() throws Exception {
        Path workDir = SandboxedGateway.workDir("report-budget-refused");
        GatewayProcess refused = SandboxedGateway.configure(GatewayProcess.fromBuild(workDir), sandbox)
                .property("spgateway.data-dir", "./" + workDir.resolve("data"))
                .property("spgateway.report.cache-max-bytes", "1073741824");
        try {
            IllegalStateException failed = assertThrows(IllegalStateException.class, refused::start);

            assertTrue(failed.getMessage().contains("failed to deploy"), failed.getMessage());
            assertTrue(SandboxedGateway.serverLog(refused).contains("spgateway.report.cache-max-bytes=1073741824 "
                    + "(1.0 GiB) is more than this server's heap can hold: the maximum heap is 512.0 MiB (-Xmx), and "
                    + "the report cache may take at most 75% of it"));
        } finally {
            refused.stop();
        }
    }

    /** Every product of the store's catalog, as the sandbox generated it, in one or more pages. */
    private static void assertAnswersTheCatalog(Store store) {
        List<JsonObject> products = new ArrayList<>();
        for (int start = 0; start < store.catalog().size(); start += 250) {
            JsonObject page = client.get("product.list", Map.of("store_key", store.key(), "start",
                    String.valueOf(start), "count", "250"));
            assertEquals(0, page.getInt("return_code"), page.toString());
            page.getJsonObject("result").getJsonArray("product").forEach(p -> products.add(p.asJsonObject()));
        }
        assertEquals(store.catalog().size(), products.size());
        for (int i = 0; i < products.size(); i++) {
            ListingsRow row = store.catalog().row(i);
            assertEquals(row.get(ListingsColumn.SELLER_SKU), products.get(i).getString("id"));
            assertEquals(row.get(ListingsColumn.ITEM_NAME), products.get(i).getString("name"));
        }
    }

    private static Store newStore(Marketplace marketplace, int size, boolean gzip) {
        SandboxStores.Store store = SandboxStores.connect(control, client, marketplace.id(),
                marketplace.awsRegion(), size, Duration.ZERO, Duration.ZERO);
        control.updateCatalog(store.sellerId(), catalog -> catalog.withGzip(gzip));
        return new Store(store.sellerId(), store.key(), new ListingsCatalog(store.sellerId().hashCode(), size,
                marketplace));
    }

    private static int calls(String operation, Store store) {
        return (int) control.calls(operation).stream().filter(call -> store.sellerId().equals(call.sellerId()))
                .count();
    }

    private static ObjectName name(String name) {
        try {
            return new ObjectName(name);
        } catch (javax.management.MalformedObjectNameException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private record Store(String sellerId, String key, ListingsCatalog catalog) {
    }
}
