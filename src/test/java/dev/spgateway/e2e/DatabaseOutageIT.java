package dev.spgateway.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spgateway.launch.GatewayProcess;
import dev.spgateway.persistence.TestDatabase;
import dev.spgateway.sandbox.SpApiSandbox;
import dev.spgateway.sandbox.control.SandboxControl;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The database goes away under a running gateway and comes back: a TCP proxy between the gateway and
 * PostgreSQL drops every connection and refuses new ones, then forwards again. During the cut every method
 * answers 1 with a retry hint and readiness is DOWN; afterwards the gateway answers again by itself, and a
 * store added during the cut left nothing behind.
 */
class DatabaseOutageIT {

    private static final String KEY = "database-outage-it-key-0001";
    private static final Duration OUTAGE_SEEN_WITHIN = Duration.ofSeconds(30);
    private static final Duration RECOVERED_WITHIN = Duration.ofSeconds(60);

    private static SpApiSandbox sandbox;
    private static TestDatabase database;
    private static TcpProxy proxy;
    private static GatewayProcess gateway;
    private static GatewayClient client;
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void start() throws Exception {
        database = TestDatabase.postgresql();
        URI target = URI.create(database.jdbcUrl().substring("jdbc:".length()));
        proxy = TcpProxy.to(target.getHost(), target.getPort());
        sandbox = SpApiSandbox.start();
        Path workDir = SandboxedGateway.workDir("database-outage");
        // through the proxy, which the test cuts and resumes
        String proxiedUrl = database.jdbcUrl().replace(":" + target.getPort() + "/", ":" + proxy.port() + "/");
        gateway = SandboxedGateway.onDatabase(SandboxedGateway.configure(GatewayProcess.fromBuild(workDir), sandbox)
                .property("spgateway.data-dir", "./" + workDir.resolve("data"))
                .property("spgateway.bootstrap.api-key", KEY), proxiedUrl, database.user())
                .start();
        client = new GatewayClient(gateway.baseUrl(), KEY);
    }

    @AfterAll
    static void stop() throws IOException {
        if (gateway != null) {
            gateway.stop();
        }
        if (proxy != null) {
            proxy.close();
        }
        if (sandbox != null) {
            sandbox.stop();
        }
        if (database != null) {
            database.close();
        }
    }

    @Test
    void everyMethodAnswersServiceUnavailableDuringTheCutAndTheGatewayRecoversByItself() throws Exception {
        SandboxControl control = sandbox.control();
        String storeKey = SandboxStores.connect(control, client, 5, Duration.ZERO).key();
        Supplier<JsonObject> info = () -> client.get("cart.info", Map.of("store_key", storeKey));
        assertEquals(0, info.get().getInt("return_code"));
        Set<Integer> codesSeen = new TreeSet<>();

        proxy.cut();

        JsonObject unavailable = poll(info, answer -> answer.getInt("return_code") != 0, OUTAGE_SEEN_WITHIN,
                codesSeen);
        assertEquals(1, unavailable.getInt("return_code"), unavailable.toString());
        assertTrue(unavailable.getString("return_message").contains("try again"), unavailable.toString());
        assertEquals(503, readiness().statusCode(), "readiness is DOWN while the database is cut");
        assertEquals(1, client.get("account.cart.list", Map.of()).getInt("return_code"));
        assertEquals(1, client.get("cart.methods", Map.of()).getInt("return_code"));
        SandboxControl.AppCredentials app = control.registerApplication(false);
        String seller = control.registerSeller(List.of(SandboxStores.US)).sellerId();
        Map<String, Object> secondStore = SandboxStores.cartAddParameters(app, seller,
                control.authorize(seller, app.clientId()), "us-east-1");
        assertEquals(1, client.post("account.cart.add", secondStore).getInt("return_code"));

        proxy.resume();

        poll(info, answer -> answer.getInt("return_code") == 0, RECOVERED_WITHIN, codesSeen);
        assertEquals(Set.of(0, 1), codesSeen, "nothing but 1 while cut and 0 after");
        assertEquals(200, readiness().statusCode());
        JsonObject list = client.get("account.cart.list", Map.of());
        assertEquals(1, list.getJsonObject("result").getInt("carts_count"), "the add during the cut left nothing");
        assertEquals(0, client.post("account.cart.add", secondStore).getInt("return_code"));
    }

    private static JsonObject poll(Supplier<JsonObject> call, Predicate<JsonObject> until, Duration within,
            Set<Integer> codesSeen) throws InterruptedException {
        AtomicReference<JsonObject> last = new AtomicReference<>();
        Eventually.await(within, () -> "such an answer; the last: " + last.get(), () -> {
            JsonObject answer = call.get();
            codesSeen.add(answer.getInt("return_code"));
            last.set(answer);
            return until.test(answer);
        });
        return last.get();
    }

    private static HttpResponse<String> readiness() throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(gateway.healthUrl() + "/ready"))
                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
