package dev.spgateway.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spgateway.launch.GatewayProcess;
import dev.spgateway.sandbox.SpApiSandbox;
import dev.spgateway.sandbox.control.Fault;
import dev.spgateway.sandbox.control.SandboxControl;
import jakarta.json.JsonObject;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.stream.Stream;
import javax.management.ObjectName;
import javax.management.remote.JMXConnector;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The fault matrix: one row per way Amazon (or the path to it) can misbehave, each scripted in the sandbox.
 * Every row either recovers with the right data or answers its precise code, and leaves nothing behind: no
 * report job pending, no single flight held (the same call, made again with the fault gone, answers at once).
 */
class FaultMatrixIT {

    private static final String KEY = "fault-matrix-account-key-0001";
    private static final int LISTINGS = 30;
    private static final ObjectName REPORT_CACHE = name("spgateway:type=ReportCache");

    private static SpApiSandbox sandbox;
    private static SandboxControl control;
    private static GatewayProcess gateway;
    private static GatewayClient client;
    private static JMXConnector jmx;

    @BeforeAll
    static void start() throws Exception {
        sandbox = SpApiSandbox.start();
        control = sandbox.control();
        Path workDir = SandboxedGateway.workDir("fault-matrix");
        int jmxPort = SandboxedGateway.freePort();
        gateway = SandboxedGateway.withRemoteJmx(SandboxedGateway.configure(GatewayProcess.fromBuild(workDir),
                        sandbox), jmxPort)
                .property("spgateway.data-dir", "./" + workDir.resolve("data"))
                .property("spgateway.bootstrap.api-key", KEY)
                // a hanging answer is given up on after two seconds, so the row finishes within its deadline
                .property("spgateway.spapi.read-timeout", "PT2S")
                .property("spgateway.report.download-idle-timeout", "PT2S")
                .start();
        client = new GatewayClient(gateway.baseUrl(), KEY);
        jmx = SandboxedGateway.connectJmx(jmxPort);
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
    void clearFaults() {
        control.clearFaults();
    }

    /** A row: what to script before the call, and what the call must answer. */
    record Row(String name, BiConsumer<SandboxControl, String> script, int listings, int code, String message) {

        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Row> productRows() {
        return Stream.of(
                recovers("getReport 429 without x-amzn-RateLimit-Limit, twice", fault("getReport", Fault.status(429), 2)),
                recovers("getReport 429 with x-amzn-RateLimit-Limit",
                        fault("getReport", Fault.throttledWithRateLimit(), 1)),
                recovers("getReport 500", fault("getReport", Fault.status(500), 1)),
                recovers("getReportDocument 503, twice", fault("getReportDocument", Fault.status(503), 2)),
                recovers("createReport connection reset", fault("createReport", Fault.connectionReset(), 1)),
                recovers("getReport hangs past the read timeout",
                        fault("getReport", Fault.delay(Duration.ofSeconds(4)), 1)),
                recovers("document URL expired (403 on download)", fault("downloadDocument", Fault.status(403), 1)),
                recovers("document labelled with another charset", fault("downloadDocument", Fault.wrongCharset(), 1)),
                new Row("createReport 429: the usage plan's pause exceeds the allowed wait",
                        fault("createReport", Fault.status(429), 3), LISTINGS, 110, "throttled"),
                new Row("document stalls after its headers",
                        fault("downloadDocument", Fault.stallAfterHeaders(Duration.ofSeconds(6)), 1), LISTINGS, 100,
                        "no data came for 2000 ms"),
                new Row("document's GZIP data ends early", (sandbox, seller) -> {
                    sandbox.updateCatalog(seller, catalog -> catalog.withGzip(true));
                    sandbox.scriptFault("downloadDocument", Fault.truncatedGzip(), 1);
                }, LISTINGS, 100, "ended early"),
                new Row("a row with a field too many", fault("downloadDocument", Fault.extraField(), 1), LISTINGS,
                        107, "more than the header's"),
                new Row("a row with a field too few", fault("downloadDocument", Fault.missingField(), 1), LISTINGS,
                        107, "could not be read: the row on line 2"),
                new Row("FATAL report", (sandbox, seller) -> sandbox.failNextReports(seller, 1), LISTINGS, 107,
                        "Amazon could not produce report"),
                new Row("CANCELLED report (no listings)", (sandbox, seller) -> { }, 0, 0, ""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("productRows")
    void productListUnderFault(Row row) throws Exception {
        SandboxStores.Store store = SandboxStores.connect(control, client, row.listings(), Duration.ZERO);
        row.script().accept(control, store.sellerId());

        JsonObject answer = client.get("product.list", Map.of("store_key", store.key(), "count", "250"));

        assertEquals(row.code(), answer.getInt("return_code"), answer.toString());
        assertTrue(answer.getString("return_message").contains(row.message()), answer.toString());
        if (row.code() == 0) {
            assertEquals(row.listings(), answer.getJsonObject("result").getJsonArray("product").size());
        }
        assertEquals(0, pendingReports(), "no report job is left pending");
        control.clearFaults();
        JsonObject again = client.get("product.count", Map.of("store_key", store.key()));
        assertTrue(List.of(0, row.code()).contains(again.getInt("return_code")),
                "the same store answers again: " + again);
    }

    /** A row of account.cart.add: what to do to a fresh seller, and what connecting it must answer. */
    record StoreRow(String name, StoreScript script, int code, String message) {

        @Override
        public String toString() {
            return name;
        }
    }

    interface StoreScript {
        void apply(SandboxControl sandbox, String sellerId, Map<String, Object> parameters);
    }

    static Stream<StoreRow> storeRows() {
        return Stream.of(
                new StoreRow("LWA answers 503 once", (sandbox, seller, parameters) ->
                        sandbox.scriptFault("lwaToken", Fault.status(503), 1), 0, ""),
                new StoreRow("LWA connection reset once", (sandbox, seller, parameters) ->
                        sandbox.scriptFault("lwaToken", Fault.connectionReset(), 1), 0, ""),
                new StoreRow("LWA invalid_grant (refresh token revoked)", (sandbox, seller, parameters) ->
                        sandbox.revokeRefreshToken((String) parameters.get("amazon_sp_refresh_token")), 100,
                        "invalid_grant"),
                new StoreRow("LWA invalid_client (secret expired)", (sandbox, seller, parameters) ->
                        sandbox.expireClientSecret((String) parameters.get("amazon_sp_client_id")), 100,
                        "invalid_client"),
                new StoreRow("STS AccessDenied", FaultMatrixIT::untrustedRole, 100, "sts:AssumeRole"),
                new StoreRow("Sellers API 503, twice", (sandbox, seller, parameters) ->
                        sandbox.scriptFault("getMarketplaceParticipations", Fault.status(503), 2), 0, ""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("storeRows")
    void connectingAStoreUnderFault(StoreRow row) {
        SandboxControl.AppCredentials app = control.registerApplication(false);
        String sellerId = control.registerSeller(List.of(SandboxStores.US)).sellerId();
        Map<String, Object> parameters = SandboxStores.cartAddParameters(app, sellerId,
                control.authorize(sellerId, app.clientId()), "us-east-1");
        row.script().apply(control, sellerId, parameters);
        int stores = storeCount();

        JsonObject answer = client.post("account.cart.add", parameters);

        assertEquals(row.code(), answer.getInt("return_code"), answer.toString());
        assertTrue(answer.getString("return_message").contains(row.message()), answer.toString());
        assertEquals(stores + (row.code() == 0 ? 1 : 0), storeCount(), "a refused store leaves nothing behind");
    }

    private static void untrustedRole(SandboxControl sandbox, String sellerId, Map<String, Object> parameters) {
        sandbox.setLegacyIam(sellerId, true);
        var user = sandbox.registerIamUser();
        String roleArn = "arn:aws:iam::123456789012:role/TrustsSomeoneElse" + sellerId;
        sandbox.registerRole(roleArn, sandbox.registerIamUser().accessKeyId());
        parameters.put("amazon_sp_aws_user_key_id", user.accessKeyId());
        parameters.put("amazon_sp_aws_user_secret", user.secretAccessKey());
        parameters.put("amazon_sp_aws_role_arn", roleArn);
    }

    private static int storeCount() {
        JsonObject list = client.get("account.cart.list", Map.of());
        return list.getJsonObject("result").getJsonArray("carts").size();
    }

    private static Row recovers(String name, BiConsumer<SandboxControl, String> script) {
        return new Row(name, script, LISTINGS, 0, "");
    }

    private static BiConsumer<SandboxControl, String> fault(String operation, Fault fault, int times) {
        return (sandbox, seller) -> sandbox.scriptFault(operation, fault, times);
    }

    private static int pendingReports() throws Exception {
        return (Integer) jmx.getMBeanServerConnection().getAttribute(REPORT_CACHE, "PendingReports");
    }

    private static ObjectName name(String name) {
        try {
            return new ObjectName(name);
        } catch (javax.management.MalformedObjectNameException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
