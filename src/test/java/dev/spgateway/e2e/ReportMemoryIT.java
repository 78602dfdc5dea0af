package dev.spgateway.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spgateway.launch.GatewayProcess;
import dev.spgateway.sandbox.SpApiSandbox;
import dev.spgateway.sandbox.control.SandboxControl;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import javax.management.MBeanServerConnection;
import javax.management.ObjectName;
import javax.management.openmbean.CompositeData;
import javax.management.remote.JMXConnector;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Three stores of 1,000,000 listings each against the gateway under the shipped server-config/jvm.options
 * heap (512 MB, exit on OutOfMemoryError) and the default report cache budget: the server never dies,
 * every call answers 0 or a precise 107, and the cache stays within its budget, which stays within the
 * heap (over remote JMX). Slow-ish: each report is 1,000,000 generated, gzipped, downloaded and parsed rows.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReportMemoryIT {

    private static final String KEY = "report-memory-it-account-key-0001";
    private static final int LISTINGS = 1_000_000;
    private static final ObjectName REPORT_CACHE = name("spgateway:type=ReportCache");
    private static final ObjectName MEMORY = name("java.lang:type=Memory");
    /** What a report that does not fit answers: the report, its size, the budget and the setting. */
    private static final Pattern TOO_LARGE = Pattern.compile("Report \\S+ is too large for this server's memory: it "
            + "needs more than [0-9.]+ MiB of memory (, more than the [0-9.]+ MiB the report cache may hold|while "
            + "[0-9.]+ MiB of the report cache's [0-9.]+ MiB) \\(spgateway.report.cache-max-bytes\\).*");

    private static SpApiSandbox sandbox;
    private static GatewayProcess gateway;
    private static GatewayClient client;
    private static JMXConnector jmx;
    private static MBeanServerConnection mbeans;
    private static final List<SandboxStores.Store> STORES = new ArrayList<>();

    @BeforeAll
    static void start() throws Exception {
        sandbox = SpApiSandbox.start();
        Path workDir = SandboxedGateway.workDir("report-memory");
        int jmxPort = SandboxedGateway.freePort();
        gateway = SandboxedGateway.withRemoteJmx(SandboxedGateway.configure(GatewayProcess.fromBuild(workDir), sandbox)
                .property("spgateway.data-dir", "./" + workDir.resolve("data"))
                .property("spgateway.bootstrap.api-key", KEY)
                .property("spgateway.report.max-wait", "PT60S"), jmxPort)
                .start();
        client = new GatewayClient(gateway.baseUrl(), KEY);
        jmx = SandboxedGateway.connectJmx(jmxPort);
        mbeans = jmx.getMBeanServerConnection();
        SandboxControl control = sandbox.control();
        for (int i = 0; i < 3; i++) {
            SandboxStores.Store store = SandboxStores.connect(control, client, LISTINGS, Duration.ZERO);
            control.updateCatalog(store.sellerId(), catalog -> catalog.withGzip(true));
            STORES.add(store);
        }
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

    @Test
    @Order(1)
    void oneStoreAfterTheOtherEachAnswersAndTheCacheKeepsWithinItsBudget() throws Exception {
        for (SandboxStores.Store store : STORES) {
            JsonObject count = client.get("product.count", Map.of("store_key", store.key()));
            assertAnsweredWithin(count, LISTINGS);
            JsonObject page = client.get("product.list", Map.of("store_key", store.key(), "start", "999990"));
            assertAnsweredWithin(page, LISTINGS);
            assertWithinBudget();
        }
    }

    @Test
    @Order(2)
    void allThreeAtOnceAndAFreshCopyEachAnswer() throws Exception {
        ExecutorService callers = Executors.newFixedThreadPool(4);
        try {
            List<Future<JsonObject>> answers = new ArrayList<>();
            for (SandboxStores.Store store : STORES) {
                answers.add(callers.submit(() -> client.get("product.count", Map.of("store_key", store.key()))));
            }
            answers.add(callers.submit(() -> client.get("product.count", Map.of("store_key", STORES.get(0).key(),
                    "disable_report_cache", "true"))));
            for (Future<JsonObject> answer : answers) {
                assertAnsweredWithin(answer.get(5, TimeUnit.MINUTES), LISTINGS);
                assertWithinBudget();
            }
        } finally {
            callers.shutdownNow();
        }
        assertWithinBudget();
    }

    @Test
    @Order(3)
    void sortingAMillionListingsFitsBesideTheirReport() throws Exception {
        SandboxStores.Store store = STORES.get(2);
        assertAnsweredWithin(client.get("product.count", Map.of("store_key", store.key())), LISTINGS);

        JsonObject sorted = client.get("product.list", Map.of("store_key", store.key(), "sort_by", "name",
                "count", "50"));

        assertEquals(0, sorted.getInt("return_code"), sorted.toString());
        List<String> names = sorted.getJsonObject("result").getJsonArray("product").stream()
                .map(product -> product.asJsonObject().getString("name")).toList();
        assertEquals(50, names.size());
        assertEquals(names.stream().sorted(String.CASE_INSENSITIVE_ORDER).toList(), names);
        assertWithinBudget();
    }

    @Test
    @Order(4)
    void theServerLivedThroughItAndSaysHowItsMemoryIs() throws Exception {
        assertTrue(gateway.isAlive());
        assertFalse(SandboxedGateway.serverLog(gateway).contains("OutOfMemoryError"));
        assertEquals(0, client.get("cart.methods", Map.of()).getInt("return_code"));
        HttpResponse<String> ready = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(HttpRequest.newBuilder(
                URI.create(gateway.healthUrl() + "/ready")).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
        // DOWN for a minute after a report found no room, UP otherwise; either way it says why
        assertTrue(ready.body().matches("(?s).*\\{\"name\":\"memory\",\"status\":\"(UP|DOWN\",\"data\":\\{\"reason\":"
                + "\"the report cache could not make room for a report at [^\"]+).*"), ready.body());
        assertTrue(ready.body().contains("\"report-cache-max-bytes\":\"" + mbeans.getAttribute(REPORT_CACHE,
                "MaxBytes") + "\""), ready.body());
    }

    /** 0 with the store's count or page, or 107 saying the report does not fit and why. */
    private static void assertAnsweredWithin(JsonObject answer, int listings) {
        int code = answer.getInt("return_code");
        if (code == 107) {
            assertTrue(TOO_LARGE.matcher(answer.getString("return_message")).matches(), answer.toString());
            return;
        }
        assertEquals(0, code, answer.toString());
        JsonObject result = answer.getJsonObject("result");
        if (result.containsKey("products_count") && !result.containsKey("product")) {
            assertEquals(listings, result.getInt("products_count"));
        }
    }

    private static void assertWithinBudget() throws Exception {
        long bytes = (Long) mbeans.getAttribute(REPORT_CACHE, "Bytes");
        long maxBytes = (Long) mbeans.getAttribute(REPORT_CACHE, "MaxBytes");
        long heap = (Long) ((CompositeData) mbeans.getAttribute(MEMORY, "HeapMemoryUsage")).get("max");
        assertTrue(bytes <= maxBytes && maxBytes <= heap, bytes + " <= " + maxBytes + " <= " + heap);
        assertTrue(gateway.isAlive(), "the server is still running");
    }

    private static ObjectName name(String name) {
        try {
            return new ObjectName(name);
        } catch (javax.management.MalformedObjectNameException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
