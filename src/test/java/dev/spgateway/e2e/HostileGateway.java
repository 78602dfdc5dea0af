package dev.spgateway.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.spgateway.e2e.HostileCalls.HostileCall;
import dev.spgateway.e2e.HostileCalls.Request;
import dev.spgateway.launch.GatewayProcess;
import dev.spgateway.persistence.TestDatabase;
import dev.spgateway.sandbox.SpApiSandbox;
import dev.spgateway.sandbox.control.SandboxControl;
import dev.spgateway.secrets.control.SecretKeyring;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The gateway WAR on Payara Micro, on the given database, with the sandbox as Amazon and two connected stores
 * whose listings are cached: the ground on which hostile calls are tried. It knows a call each method
 * accepts without writing anything or calling Amazon, so that a refused variant of it can be told apart.
 */
final class HostileGateway implements AutoCloseable {

    static final String API_KEY = "hostile-input-account-key-0001";

    private final SpApiSandbox sandbox;
    private final TestDatabase database;
    private final GatewayProcess gateway;
    private final byte[] secretsKey = SecretKeyring.newKey();
    private final HostileClient hostile;
    private final GatewayClient client;
    private final Map<String, Map<String, String>> accepted = new LinkedHashMap<>();
    private DatabaseSnapshot.Reader rows;
    private Store own;
    private Store other;

    /** What an answer left behind: the database's rows and the calls Amazon received. */
    record Trace(DatabaseSnapshot database, Map<String, Integer> amazonCalls) {
    }

    record Store(String sellerId, String key, String clientId, String sku, String nextCursor,
            Map<String, String> cartAddParameters) {
    }

    private HostileGateway(String name, TestDatabase database) throws Exception {
        this.sandbox = SpApiSandbox.start();
        this.database = database;
        java.nio.file.Path workDir = SandboxedGateway.workDir(name);
        this.gateway = SandboxedGateway.configure(GatewayProcess.fromBuild(workDir), sandbox)
                .property("spgateway.data-dir", "./" + workDir.resolve("data"))
                .property("spgateway.bootstrap.api-key", API_KEY)
                .property("spgateway.secrets.key", Base64.getEncoder().encodeToString(secretsKey))
                .property("spgateway.report.cache-ttl", "PT2H")
                // synced once at the start, the orders need no Amazon call while the suite runs
                .property("spgateway.order.sync-interval", "PT2H")
                // no order report: its background fill of order item ids would change rows while bad calls are checked
                .property("spgateway.order.backfill", "false")
                .property("spgateway.db.url", database.jdbcUrl())
                .property("spgateway.db.user", database.user())
                .property("spgateway.db.password", "spgateway")
                .start();
        this.hostile = new HostileClient(gateway.baseUrl());
        this.client = new GatewayClient(gateway.baseUrl(), API_KEY);
    }

    static HostileGateway start(String name, TestDatabase database) throws Exception {
        HostileGateway ground = new HostileGateway(name, database);
        try {
            ground.own = ground.connectStore();
            ground.other = ground.connectStore();
            ground.acceptCalls();
            ground.rows = new DatabaseSnapshot.Reader(database.dataSource());
            return ground;
        } catch (Exception | AssertionError e) {
            ground.close();
            throw e;
        }
    }

    private Store connectStore() {
        SandboxControl control = sandbox.control();
        SandboxControl.AppCredentials app = control.registerApplication(false);
        String sellerId = control.registerSeller(List.of(SandboxStores.US)).sellerId();
        String refreshToken = control.authorize(sellerId, app.clientId());
        control.setReportDurations(sellerId, Duration.ZERO, Duration.ZERO);
        control.updateCatalog(sellerId, catalog -> catalog.withSize(30).withSeed(sellerId.hashCode()));
        control.setOrderBookSize(sellerId, 50);
        Map<String, String> parameters = new LinkedHashMap<>();
        SandboxStores.cartAddParameters(app, sellerId, refreshToken, "us-east-1")
                .forEach((name, value) -> parameters.put(name, String.valueOf(value)));
        JsonObject added = client.post("account.cart.add", parameters);
        assertEquals(0, added.getInt("return_code"), added.toString());
        String storeKey = added.getJsonObject("result").getString("store_key");
        JsonObject page = client.get("product.list", Map.of("store_key", storeKey, "count", "5"));
        assertEquals(0, page.getInt("return_code"), page.toString());
        return new Store(sellerId, storeKey, app.clientId(),
                page.getJsonObject("result").getJsonArray("product").getJsonObject(0).getString("id"),
                page.getJsonObject("pagination").getString("next"), Map.copyOf(parameters));
    }

    /** For each method a call it answers without a write or a call to Amazon (cart.delete and cart.validate aside). */
    private void acceptCalls() throws InterruptedException {
        accepted.put("account.cart.add", own.cartAddParameters());
        accepted.put("account.config.update", Map.of("store_key", own.key(), "amazon_sp_client_id", own.clientId()));
        accepted.put("account.cart.list", Map.of());
        // this gateway has no application of its own: a start passes every check, then answers 1 unwritten
        accepted.put("amazon.authorization.start", Map.of("amazon_sp_aws_region", "us-east-1",
                "return_url", "https://app.example/amazon/back", "custom_label", "Hostile",
                "amazon_callback_uri", "https://sellercentral.amazon.com/apps/authorize/confirm/x",
                "amazon_state", "amazon-state"));
        accepted.put("amazon.authorization.info", Map.of("authorization_id", java.util.UUID.randomUUID().toString()));
        accepted.put("amazon.notification.process", Map.of("notificationType", "APPLICATION_OAUTH_CLIENT_SECRET_EXPIRY",
                "payload", "{\"applicationOAuthClientSecretExpiry\":{\"clientId\":\"amzn1.application-oa2-client."
                        + "0000unused0000\",\"clientSecretExpiryTime\":\"" + Instant.now().plus(Duration.ofDays(30))
                        + "\"}}"));
        for (String method : List.of("cart.delete", "cart.info", "cart.validate", "product.count", "product.list")) {
            accepted.put(method, Map.of("store_key", own.key()));
        }
        accepted.put("product.info", Map.of("store_key", own.key(), "id", own.sku()));
        accepted.put("cart.methods", Map.of());
        accepted.put("order.status.list", Map.of());
        // the first read syncs the store; an answer of 107 (a report on its way) is waited out all the same
        JsonObject[] answer = new JsonObject[1];
        Eventually.await(Duration.ofMinutes(2), () -> "order.list answered " + answer[0], () -> {
            answer[0] = client.get("order.list", Map.of("store_key", own.key(), "count", "1"));
            return answer[0].getInt("return_code") == 0;
        });
        JsonObject orders = answer[0];
        accepted.put("order.list", Map.of("store_key", own.key()));
        accepted.put("order.count", Map.of("store_key", own.key()));
        accepted.put("order.info", Map.of("store_key", own.key(), "order_id", orders.getJsonObject("result")
                .getJsonArray("order").getJsonObject(0).getString("order_id")));
    }

    Map<String, String> accepted(String method) {
        return accepted.get(method);
    }

    JsonObject send(HostileCall call) {
        Request request = HostileCalls.request(call, accepted(call.target().method()), API_KEY);
        return hostile.send(request.verb(), call.target().method(), request.rawQuery(), request.contentType(),
                request.body(), request.apiKeyHeader());
    }

    JsonObject send(String verb, String method, String rawQuery, String contentType, byte[] body) {
        return hostile.send(verb, method, rawQuery, contentType, body, API_KEY);
    }

    /** A GET whose request line carries these bytes as they are after {@code /v1.1/}. */
    JsonObject sendRaw(byte[] target) {
        byte[] path = new byte[target.length + 6];
        System.arraycopy("/v1.1/".getBytes(java.nio.charset.StandardCharsets.US_ASCII), 0, path, 0, 6);
        System.arraycopy(target, 0, path, 6, target.length);
        RawHttp.Answer answer = RawHttp.get(gateway.baseUrl(), path, API_KEY);
        return HostileClient.envelope(answer.status(), answer.contentType(), answer.body());
    }

    Trace trace() {
        return new Trace(rows.snapshot(), sandbox.control().callCounts());
    }

    CursorForgeries forgeries() {
        return new CursorForgeries(secretsKey.clone(), own.key(), own.nextCursor(), other.nextCursor());
    }

    Store ownStore() {
        return own;
    }

    SandboxControl sandbox() {
        return sandbox.control();
    }

    GatewayClient client() {
        return client;
    }

    @Override
    public void close() {
        if (rows != null) {
            rows.close();
        }
        gateway.stop();
        sandbox.stop();
        database.close();
    }
}
