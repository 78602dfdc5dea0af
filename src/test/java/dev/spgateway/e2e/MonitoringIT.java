package dev.spgateway.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spgateway.e2e.SandboxStores.Store;
import dev.spgateway.launch.GatewayProcess;
import dev.spgateway.sandbox.SpApiSandbox;
import dev.spgateway.sandbox.control.SandboxControl;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.management.MBeanServerConnection;
import javax.management.ObjectName;
import javax.management.openmbean.CompositeData;
import javax.management.openmbean.TabularData;
import javax.management.remote.JMXConnector;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * What operators watch, against the WAR on the build's server: its MXBeans through a remote JMX connection, the
 * gateway's Prometheus metrics, MicroProfile Health and OpenAPI endpoints, and the console's answer when no single sign-on is
 * configured.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MonitoringIT {

    private static final String KEY = "monitoring-it-account-key-0001";
    private static final ObjectName REPORT_CACHE = name("spgateway:type=ReportCache");
    private static final ObjectName SP_API = name("spgateway:type=SpApi");

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();

    private static SpApiSandbox sandbox;
    private static GatewayProcess gateway;
    private static GatewayClient client;
    private static JMXConnector jmx;
    private static MBeanServerConnection mbeans;
    private static Store pending;
    private static E2eDatabase database;
    private static Store cached;

    @BeforeAll
    static void start() throws Exception {
        sandbox = SpApiSandbox.start();
        Path workDir = SandboxedGateway.workDir("monitoring");
        int jmxPort = SandboxedGateway.freePort();
        database = E2eDatabase.forRun(workDir.resolve("data"));
        gateway = SandboxedGateway.withRemoteJmx(database.configure(
                SandboxedGateway.configure(GatewayProcess.fromBuild(workDir), sandbox))
                .property("spgateway.bootstrap.api-key", KEY)
                .property("spgateway.report.max-wait", "PT1S"), jmxPort)
                .start();
        client = new GatewayClient(gateway.baseUrl(), KEY);
        SandboxControl control = sandbox.control();
        pending = SandboxStores.connect(control, client, 20, Duration.ofHours(1));
        cached = SandboxStores.connect(control, client, 30, Duration.ZERO);
        assertEquals(107, client.get("product.list", Map.of("store_key", pending.key())).getInt("return_code"));
        assertEquals(0, client.get("product.list", Map.of("store_key", cached.key())).getInt("return_code"));
        assertEquals(0, client.get("product.count", Map.of("store_key", cached.key())).getInt("return_code"));

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
        if (database != null) {
            database.close();
        }
    }

    @Test
    @Order(1)
    void theReportCacheMXBeanCountsEntriesHitsAndPendingReports() throws Exception {
        assertEquals(1, mbeans.getAttribute(REPORT_CACHE, "Entries"));
        assertTrue((Long) mbeans.getAttribute(REPORT_CACHE, "Bytes") > 0);
        assertTrue((Long) mbeans.getAttribute(REPORT_CACHE, "Hits") >= 1);
        assertTrue((Long) mbeans.getAttribute(REPORT_CACHE, "Misses") >= 1);
        double hitRate = (Double) mbeans.getAttribute(REPORT_CACHE, "HitRate");
        assertTrue(hitRate > 0 && hitRate < 1, "hit rate " + hitRate);
        assertEquals(1, mbeans.getAttribute(REPORT_CACHE, "PendingReports"));
    }

    @Test
    @Order(2)
    void theSpApiMXBeanCountsCallsPerOperationAndStoresPerState() throws Exception {
        Map<?, ?> calls = asMap((TabularData) mbeans.getAttribute(SP_API, "CallsPerOperation"));
        assertEquals(2L, calls.get("createReport"), calls.toString());
        assertTrue((Long) calls.get("getMarketplaceParticipations") >= 2, calls.toString());
        assertTrue((Long) mbeans.getAttribute(SP_API, "Calls") >= 5);
        assertEquals(0L, mbeans.getAttribute(SP_API, "Throttles"));
        Map<?, ?> states = asMap((TabularData) mbeans.getAttribute(SP_API, "StoresPerState"));
        assertEquals(2, states.get("verified"), states.toString());
    }

    @Test
    @Order(3)
    void aStoreIsCheckedAgainOverJmx() throws Exception {
        Object outcome = mbeans.invoke(SP_API, "recheckStore", new Object[] {cached.key()},
                new String[] {String.class.getName()});

        assertEquals("valid: " + SandboxStores.US, outcome);
        assertEquals("no store with this id or key", mbeans.invoke(SP_API, "recheckStore",
                new Object[] {"no-such-store"}, new String[] {String.class.getName()}));
    }

    @Test
    @Order(4)
    void purgeAllOverJmxEmptiesTheCache() throws Exception {
        assertEquals(1, mbeans.invoke(REPORT_CACHE, "purgeAll", new Object[0], new String[0]));

        assertEquals(0, mbeans.getAttribute(REPORT_CACHE, "Entries"));
        assertEquals(0L, mbeans.getAttribute(REPORT_CACHE, "Bytes"));
    }

    @Test
    @Order(5)
    void metricsCountSpApiCallsCacheLookupsAndReportWaits() throws Exception {
        String metrics = get("/monitoring/metrics").body();

        assertEquals(2.0, metric(metrics, "spgateway_spapi_calls_total\\{[^}]*operation=\"createReport\"[^}]*\\}"),
                metrics);
        assertTrue(metric(metrics, "spgateway_report_cache_hits") >= 1, metrics);
        assertTrue(metric(metrics, "spgateway_report_cache_misses") >= 1, metrics);
        assertTrue(metric(metrics, "spgateway_report_wait_count\\{[^}]*outcome=\"not_ready\"[^}]*\\}") >= 1,
                metrics);
        assertTrue(metric(metrics, "spgateway_report_wait_count\\{[^}]*outcome=\"finished\"[^}]*\\}") >= 1,
                metrics);
    }

    @Test
    @Order(6)
    void healthOpenApiAndTheUnconfiguredConsole() throws Exception {
        HttpResponse<String> ready = getUrl(gateway.healthUrl() + "/ready");
        assertEquals(200, ready.statusCode());
        assertTrue(ready.body().matches("(?s).*\"name\":\"secrets-key\",\"status\":\"UP\".*"), ready.body());

        String openapi = get("/openapi").body();
        assertTrue(openapi.contains("/v1.1/{endpoint}:"), openapi);
        assertTrue(openapi.contains("x-api-key") && openapi.contains("x-store-key"), "the key headers: " + openapi);
        for (String verb : new String[] {"get:", "post:", "put:", "delete:"}) {
            assertTrue(openapi.contains("\n    " + verb), verb + " in " + openapi);
        }
        assertTrue(openapi.contains("$ref: \"#/components/schemas/Envelope\""), openapi);
        assertTrue(!openapi.contains("/admin"), "the console is not part of the API document");

        HttpResponse<String> console = get("/admin/");
        assertEquals(302, console.statusCode());
        assertTrue(console.headers().firstValue("Location").orElse("")
                .endsWith("/admin/sign-in-failed.html?reason=unconfigured"), console.headers().toString());
        assertEquals(0, client.get("cart.methods", Map.of()).getInt("return_code"));
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return getUrl(gateway.baseUrl() + path);
    }

    private static HttpResponse<String> getUrl(String url) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    private static double metric(String exposition, String series) {
        Matcher matcher = Pattern.compile("(?m)^" + series + " ([0-9.eE+-]+)$").matcher(exposition);
        return matcher.find() ? Double.parseDouble(matcher.group(1)) : -1;
    }

    private static Map<?, ?> asMap(TabularData table) {
        Map<Object, Object> map = new java.util.HashMap<>();
        for (Object row : table.values()) {
            CompositeData entry = (CompositeData) row;
            map.put(entry.get("key"), entry.get("value"));
        }
        return map;
    }

    private static ObjectName name(String name) {
        try {
            return new ObjectName(name);
        } catch (javax.management.MalformedObjectNameException e) {
            throw new IllegalArgumentException(e);
        }
    }

}
