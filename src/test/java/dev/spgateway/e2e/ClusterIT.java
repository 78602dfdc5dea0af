package dev.spgateway.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spgateway.launch.GatewayProcess;
import dev.spgateway.persistence.TestDatabase;
import dev.spgateway.sandbox.SpApiSandbox;
import dev.spgateway.sandbox.control.SandboxControl;
import dev.spgateway.secrets.control.SecretKeyring;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Two gateway instances started alike on one PostgreSQL database and one sandbox behave as one: a store
 * deleted through one is gone on the other at once, Amazon's usage plans are spent together, one cold report
 * is made once, a third instance with another secrets key stays out of service, and a report pending on an
 * instance that is killed goes on from the other. The lookup cache is set to ten minutes, so only the change
 * feed can make the other instance see a change while the test runs.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {

    private static final String KEY = "cluster-it-account-key-0001";
    private static final Pattern NOT_READY = Pattern.compile(".*report_request_id=([^)]+)\\).*");
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private static SpApiSandbox sandbox;
    private static SandboxControl control;
    private static TestDatabase database;
    private static String secretsKey;
    private static GatewayProcess a;
    private static GatewayProcess b;
    private static GatewayClient clientA;
    private static GatewayClient clientB;

    @BeforeAll
    static void start() throws Exception {
        sandbox = SpApiSandbox.start();
        control = sandbox.control();
        database = TestDatabase.postgresql();
        secretsKey = Base64.getEncoder().encodeToString(SecretKeyring.newKey());
        // one after the other: two servers booting at once on two cores take longer than either alone
        a = instance("a", secretsKey).start();
        b = instance("b", secretsKey).start();
        clientA = new GatewayClient(a.baseUrl(), KEY);
        clientB = new GatewayClient(b.baseUrl(), KEY);
    }

    @AfterAll
    static void stop() {
        for (GatewayProcess instance : new GatewayProcess[] {a, b}) {
            if (instance != null) {
                instance.stop();
            }
        }
        if (sandbox != null) {
            sandbox.stop();
        }
        if (database != null) {
            database.close();
        }
    }

    private static GatewayProcess instance(String name, String key) {
        Path workDir = SandboxedGateway.workDir("cluster-" + name);
        GatewayProcess process = SandboxedGateway.configure(GatewayProcess.fromBuild(workDir), sandbox)
                .property("spgateway.data-dir", "./" + workDir.resolve("data"))
                .property("spgateway.bootstrap.api-key", KEY)
                .property("spgateway.secrets.key", key)
                .property("spgateway.api.lookup-cache-ttl", "PT10M")
                .property("spgateway.report.max-wait", "PT3S");
        return SandboxedGateway.onDatabase(process, database.jdbcUrl(), database.user());
    }

    @Test
    @Order(1)
    void fortyConcurrentColdListsAtBothInstancesMakeOneReport() throws Exception {
        SandboxStores.Store store = SandboxStores.connect(control, clientA, 120, Duration.ZERO);
        List<Callable<JsonObject>> calls = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            GatewayClient client = i % 2 == 0 ? clientA : clientB;
            calls.add(() -> untilReady(client, store));
        }
        List<JsonObject> answers = all(calls);

        for (JsonObject answer : answers) {
            assertEquals(0, answer.getInt("return_code"), answer.toString());
        }
        assertEquals(1, calls("createReport", store), "one report for both instances");
        assertEquals(1, calls("getReportDocument", store), "one document location for both instances");

        int before = control.calls("getReport").size();
        assertEquals(skus(clientA.get("product.list", Map.of("store_key", store.key(), "count", "250"))),
                skus(clientB.get("product.list", Map.of("store_key", store.key(), "count", "250"))),
                "both instances answer the same products");
        assertEquals(before, control.calls("getReport").size());
        assertEquals(1, calls("createReport", store));
        assertEquals(1, calls("getReportDocument", store));
    }

    @Test
    @Order(2)
    void aStoreDeletedThroughOneInstanceIsNotFoundOnTheOther() throws Exception {
        SandboxStores.Store store = SandboxStores.connect(control, clientA, 10, Duration.ZERO);
        assertEquals(0, clientB.get("product.list", Map.of("store_key", store.key())).getInt("return_code"));

        assertEquals(0, clientA.delete("cart.delete", Map.of("store_key", store.key())).getInt("return_code"));

        long deleted = System.nanoTime();
        Eventually.await(Duration.ofSeconds(5), "instance B forgets the store deleted on A", () ->
                clientB.get("product.list", Map.of("store_key", store.key())).getInt("return_code") == 101);
        System.out.printf("cart.delete on A answered 101 on B after %d ms%n", (System.nanoTime() - deleted) / 1_000_000);
    }

    @Test
    @Order(3)
    void bothInstancesValidatingOneSellerTogetherAreNeverThrottled() throws Exception {
        SandboxStores.Store store = SandboxStores.connect(control, clientA, 10, Duration.ZERO);
        List<Callable<JsonObject>> calls = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            GatewayClient client = i % 2 == 0 ? clientA : clientB;
            calls.add(() -> client.get("cart.validate", Map.of("store_key", store.key())));
        }
        List<JsonObject> answers = all(calls);

        long throttled = control.calls("getMarketplaceParticipations").stream()
                .filter(call -> store.sellerId().equals(call.sellerId()) && call.status() == 429).count();
        long sent = calls("getMarketplaceParticipations", store);
        assertEquals(0, throttled, "Amazon throttled none of the calls of both instances");
        assertTrue(sent <= 16, "one burst (15) for both instances, not one each: " + sent + " sent");
        assertTrue(answers.stream().anyMatch(answer -> answer.getInt("return_code") == 0));
    }

    @Test
    @Order(4)
    void anInstanceWithAnotherSecretsKeyIsNotReadyAndAnswersOneNamingTheKey() throws Exception {
        SandboxStores.Store store = SandboxStores.connect(control, clientA, 10, Duration.ZERO);
        String otherKey = Base64.getEncoder().encodeToString(SecretKeyring.newKey());
        try (GatewayProcess stranger = instance("stranger", otherKey).startDeployed()) {
            HttpResponse<String> ready = HTTP.send(HttpRequest.newBuilder(URI.create(stranger.healthUrl() + "/ready"))
                    .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(503, ready.statusCode(), ready.body());
            String clusterKeyId = keyId(secretsKey);
            assertTrue(ready.body().contains("\"unknown-key-id\":\"" + clusterKeyId + "\""), ready.body());

            JsonObject info = new GatewayClient(stranger.baseUrl(), KEY).get("cart.info",
                    Map.of("store_key", store.key()));
            assertEquals(1, info.getInt("return_code"), info.toString());
            assertTrue(info.getString("return_message").contains(clusterKeyId), info.toString());
        }
    }

    @Test
    @Order(5)
    void aReportPendingOnAKilledInstanceGoesOnFromTheOther() throws Exception {
        SandboxStores.Store store = SandboxStores.connect(control, clientA, 30, Duration.ofMinutes(10));
        String requestId = notReady(clientA.get("product.list", Map.of("store_key", store.key())));
        assertEquals(1, calls("createReport", store));

        ProcessHandle.of(a.pid()).ifPresent(ProcessHandle::destroyForcibly);
        Eventually.await(Duration.ofSeconds(30), "instance A is gone", () -> !a.isAlive());

        assertEquals(requestId, notReady(clientB.get("product.list", Map.of("store_key", store.key()))));
        sandbox.testClock().advance(Duration.ofMinutes(11));
        JsonObject done = clientB.get("product.list", Map.of("store_key", store.key(), "report_request_id", requestId));
        assertEquals(0, done.getInt("return_code"), done.toString());
        assertEquals(1, calls("createReport", store), "B went on with A's report");
    }

    /** product.list asked again while the report is not ready (107), as a client does, until a deadline. */
    private static JsonObject untilReady(GatewayClient client, SandboxStores.Store store) {
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        JsonObject answer = client.get("product.list", Map.of("store_key", store.key(), "count", "250"));
        while (answer.getInt("return_code") == 107 && System.nanoTime() < deadline) {
            answer = client.get("product.list", Map.of("store_key", store.key(), "count", "250"));
        }
        return answer;
    }

    private static List<JsonObject> all(List<Callable<JsonObject>> calls) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(calls.size());
        try {
            List<JsonObject> answers = new ArrayList<>();
            for (Future<JsonObject> answer : threads.invokeAll(calls)) {
                answers.add(answer.get());
            }
            return answers;
        } finally {
            threads.shutdownNow();
        }
    }

    private static String skus(JsonObject answer) {
        assertEquals(0, answer.getInt("return_code"), answer.toString());
        return answer.getJsonObject("result").getJsonArray("product").stream()
                .map(product -> product.asJsonObject().getString("id")).collect(Collectors.joining(","));
    }

    private static String notReady(JsonObject answer) {
        assertEquals(107, answer.getInt("return_code"), answer.toString());
        Matcher matcher = NOT_READY.matcher(answer.getString("return_message"));
        assertTrue(matcher.matches(), answer.getString("return_message"));
        return matcher.group(1);
    }

    private static long calls(String operation, SandboxStores.Store store) {
        return control.calls(operation).stream().filter(call -> store.sellerId().equals(call.sellerId())).count();
    }

    private static String keyId(String base64Key) {
        return new SecretKeyring(Base64.getDecoder().decode(base64Key), List.of()).currentKeyId();
    }
}
