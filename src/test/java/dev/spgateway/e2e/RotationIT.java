package dev.spgateway.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import dev.spgateway.launch.GatewayProcess;
import dev.spgateway.sandbox.SpApiSandbox;
import dev.spgateway.sandbox.control.SandboxControl;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import javax.management.MBeanServerConnection;
import javax.management.Notification;
import javax.management.ObjectName;
import javax.management.remote.JMXConnector;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Client-secret rotation end to end: the job run on demand over remote JMX, alerts received by a webhook
 * (checked against its timestamped HMAC signature) and as JMX notifications, a restart, a rotation, and Amazon
 * refusing a secret. Time moves through the expiry dates Amazon would give the gateway.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RotationIT {

    private static final String KEY = "rotation-it-account-key-0001";
    private static final String WEBHOOK_SECRET = "rotation-webhook-shared-secret";
    private static final Duration WEBHOOK_TOLERANCE = Duration.ofMinutes(5);
    private static final ObjectName ROTATION = objectName("spgateway:type=CredentialRotation");
    private static final Pattern CHECKED = Pattern.compile("checked at \\S+, (\\d+) new alert\\(s\\) to deliver");

    private static final List<JsonObject> WEBHOOK_ALERTS = new CopyOnWriteArrayList<>();
    private static final List<Notification> NOTIFICATIONS = new CopyOnWriteArrayList<>();
    private static final java.util.concurrent.atomic.AtomicInteger REFUSED = new java.util.concurrent.atomic.AtomicInteger();
    private static volatile boolean webhookDown;

    private static SpApiSandbox sandbox;
    private static SandboxControl control;
    private static HttpServer webhook;
    private static Path workDir;
    private static E2eDatabase database;
    private static int jmxPort;
    private static GatewayProcess gateway;
    private static GatewayClient client;
    private static JMXConnector jmx;

    private static SandboxControl.AppCredentials app;
    private static String storeKey;

    @BeforeAll
    static void start() throws Exception {
        sandbox = SpApiSandbox.start();
        control = sandbox.control();
        webhook = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        webhook.createContext("/alerts", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            String signature = exchange.getRequestHeaders().getFirst("X-Spgateway-Signature");
            if (webhookDown) {
                REFUSED.incrementAndGet();
                exchange.sendResponseHeaders(503, -1);
            } else if (signedRecently(signature, body)) {
                WEBHOOK_ALERTS.add(Json.createReader(new StringReader(new String(body, StandardCharsets.UTF_8)))
                        .readObject());
                exchange.sendResponseHeaders(204, -1);
            } else {
                exchange.sendResponseHeaders(401, -1);
            }
            exchange.close();
        });
        webhook.start();
        workDir = SandboxedGateway.workDir("rotation");
        database = E2eDatabase.forRun(workDir.resolve("data"));
        jmxPort = SandboxedGateway.freePort();
        startGateway();
    }

    @AfterAll
    static void stop() throws Exception {
        if (jmx != null) {
            jmx.close();
        }
        if (gateway != null) {
            gateway.stop();
        }
        if (webhook != null) {
            webhook.stop(0);
        }
        if (sandbox != null) {
            sandbox.stop();
        }
        if (database != null) {
            database.close();
        }
    }

    private static void startGateway() throws Exception {
        gateway = SandboxedGateway.withRemoteJmx(database.configure(
                SandboxedGateway.configure(GatewayProcess.fromBuild(workDir), sandbox))
                .property("spgateway.bootstrap.api-key", KEY)
                .property("spgateway.rotation.webhook.url",
                        "http://127.0.0.1:" + webhook.getAddress().getPort() + "/alerts")
                .property("spgateway.rotation.webhook.secret", WEBHOOK_SECRET)
                // failed deliveries are tried again within seconds here, not half a minute
                .property("spgateway.rotation.delivery.interval", "PT1S")
                .property("spgateway.rotation.delivery.retry-initial", "PT1S")
                .property("spgateway.rotation.delivery.retry-max", "PT2S")
                // a killed server cannot give its lease back; a short one ends before the restarted server asks
                .property("spgateway.rotation.lease", "PT5S"), jmxPort)
                .start();
        client = new GatewayClient(gateway.baseUrl(), KEY);
        jmx = SandboxedGateway.connectJmx(jmxPort);
        jmx.getMBeanServerConnection().addNotificationListener(ROTATION,
                (notification, handback) -> NOTIFICATIONS.add(notification), null, null);
    }

    @Test
    @Order(1)
    void eachThresholdAlertsOnceByWebhookAndJmx() throws Exception {
        app = control.registerApplication(false);
        String sellerId = control.registerSeller(List.of("ATVPDKIKX0DER")).sellerId();
        String refreshToken = control.authorize(sellerId, app.clientId());
        JsonObject added = client.post("account.cart.add",
                SandboxStores.cartAddParameters(app, sellerId, refreshToken, "us-east-1"));
        assertEquals(0, added.getInt("return_code"), added.toString());
        storeKey = added.getJsonObject("result").getString("store_key");
        assertEquals("OK", credentials().getString("state"));

        expiresIn(29.5);
        JsonObject lifetime = credentials();
        assertEquals("EXPIRING", lifetime.getString("state"), "derived from the new date at once, before any run");
        assertEquals(29, lifetime.getInt("days_left"));
        assertEquals("EXPIRING", client.get("account.cart.list", Map.of()).getJsonObject("result")
                .getJsonArray("carts").getJsonObject(0).getJsonObject("client_secret").getString("state"));
        assertEquals(1L, attribute("StoresExpiring"));

        checkNow();
        assertEquals(List.of(30), awaitThresholds(1));

        expiresIn(6.5);
        checkNow();
        assertEquals(List.of(30, 7), awaitThresholds(2));
        expiresIn(0.5);
        checkNow();
        assertEquals(List.of(30, 7, 1), awaitThresholds(3));

        assertEquals(0, checkNow(), "a later run records nothing new");
        assertEquals(0, checkNow());
        awaitDeliveryTickAfterNow();
        assertEquals(3, WEBHOOK_ALERTS.size(), "later runs repeat nothing");
        assertEquals(3, NOTIFICATIONS.size());
        assertTrue(NOTIFICATIONS.stream().allMatch(n -> n.getType().equals("spgateway.rotation.alert")));
        String storeId = WEBHOOK_ALERTS.get(0).getString("store_id");
        assertTrue(storeId.matches("[0-9a-f-]{36}"), storeId);
        assertTrue(WEBHOOK_ALERTS.stream().allMatch(alert -> alert.getString("store_id").equals(storeId)
                && !alert.containsKey("store_key")), WEBHOOK_ALERTS.toString());
        assertTrue(NOTIFICATIONS.stream().allMatch(n -> String.valueOf(n.getUserData()).contains(storeId)
                && !String.valueOf(n.getUserData()).contains("store_key")));
        assertFalse((WEBHOOK_ALERTS.toString() + NOTIFICATIONS).contains(storeKey), "the store key is never sent");
        assertFalse(WEBHOOK_ALERTS.toString().contains(app.clientSecret()), "no secret in an alert");
    }

    @Test
    @Order(2)
    void aRestartDoesNotAlertAgain() throws Exception {
        jmx.close();
        gateway.stop();
        startGateway();

        assertEquals(0, checkNow(), "the restarted server records nothing new");
        awaitDeliveryTickAfterNow();
        assertEquals(3, WEBHOOK_ALERTS.size());
        assertEquals("EXPIRING", credentials().getString("state"));
    }

    @Test
    @Order(3)
    void aRotatedSecretIsOkAgain() throws Exception {
        String rotated = control.rotateClientSecret(app.clientId());

        JsonObject updated = client.put("account.config.update", Map.of("store_key", storeKey,
                "amazon_sp_client_secret", rotated));
        assertEquals(0, updated.getInt("return_code"), updated.toString());
        checkNow();

        JsonObject lifetime = credentials();
        assertEquals("OK", lifetime.getString("state"));
        assertTrue(lifetime.getInt("days_left") >= 179, lifetime.toString());
        assertEquals(3, WEBHOOK_ALERTS.size());
        assertEquals(1L, attribute("StoresOk"));
    }

    @Test
    @Order(4)
    void aSecretAmazonRefusesExpiresAtOnce() throws Exception {
        control.expireClientSecret(app.clientId());
        sandbox.testClock().advance(Duration.ofMinutes(61));

        JsonObject validate = client.get("cart.validate", Map.of("store_key", storeKey));
        assertEquals(0, validate.getInt("return_code"), validate.toString());
        assertFalse(validate.getJsonObject("result").getBoolean("valid"));

        JsonObject lifetime = credentials();
        assertEquals("EXPIRED", lifetime.getString("state"));
        assertTrue(lifetime.getString("reason").contains("invalid_client"), lifetime.toString());
        assertEquals(List.of(30, 7, 1, 0), awaitThresholds(4));
        assertEquals(1L, attribute("StoresExpired"));
    }

    @Test
    @Order(5)
    void amazonsExpiryNoticeSetsTheDate() {
        String expiry = inDays(90);
        JsonObject notice = Json.createObjectBuilder()
                .add("applicationOAuthClientSecretExpiry", Json.createObjectBuilder()
                        .add("clientId", app.clientId())
                        .add("clientSecretExpiryTime", expiry)
                        .add("clientSecretExpiryReason", "PERIODIC_ROTATION"))
                .build();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("notificationType", "APPLICATION_OAUTH_CLIENT_SECRET_EXPIRY");
        body.put("payload", notice.toString());

        JsonObject answer = client.post("amazon.notification.process", body);

        assertEquals(0, answer.getInt("return_code"), answer.toString());
        assertEquals(1, answer.getJsonObject("result").getInt("updated_items"));
        assertEquals(Instant.parse(expiry), Instant.parse(credentials().getString("client_secret_expires_at")));
    }

    @Test
    @Order(6)
    void anAlertWhoseWebhookFailedReachesTheOtherChannelsAtOnceAndTheWebhookOnceItRecovers() throws Exception {
        SandboxControl.AppCredentials otherApp = control.registerApplication(false);
        String sellerId = control.registerSeller(List.of("ATVPDKIKX0DER")).sellerId();
        Map<String, Object> parameters = SandboxStores.cartAddParameters(otherApp, sellerId,
                control.authorize(sellerId, otherApp.clientId()), "us-east-1");
        parameters.put("amazon_sp_client_secret_expires_at", inDays(6.5));
        assertEquals(0, client.post("account.cart.add", parameters).getInt("return_code"));
        int notifications = NOTIFICATIONS.size();
        int webhookAlerts = WEBHOOK_ALERTS.size();
        webhookDown = true;

        checkNow();

        await(() -> NOTIFICATIONS.size() > notifications && REFUSED.get() >= 2, "the JMX notification, and the"
                + " webhook refusing twice");
        assertEquals(webhookAlerts, WEBHOOK_ALERTS.size());
        assertTrue(((Number) attribute("AlertDeliveriesPending")).longValue() >= 1);
        webhookDown = false;
        await(() -> WEBHOOK_ALERTS.size() > webhookAlerts, "the webhook alert after the receiver recovered");
        JsonObject delivered = WEBHOOK_ALERTS.get(WEBHOOK_ALERTS.size() - 1);
        assertEquals(7, delivered.getInt("threshold_days"));
        assertEquals(sellerId, delivered.getString("amazon_seller_id"));
        await(() -> pendingDeliveries() == 0, "no delivery left pending");
    }

    @Test
    @Order(7)
    void aWebhookUrlThatCannotBeUsedStopsTheStartWithTheReason() {
        GatewayProcess misconfigured = GatewayProcess.fromBuild(SandboxedGateway.workDir("rotation-bad-webhook"))
                .property("spgateway.data-dir", "./" + SandboxedGateway.workDir("rotation-bad-webhook-data"))
                .property("spgateway.rotation.webhook.url", "https://ops example.com/hooks");
        try {
            IllegalStateException refused = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                    misconfigured::start);
            assertTrue(refused.getMessage().contains("spgateway.rotation.webhook.url is not a usable webhook address"),
                    refused.getMessage());
        } finally {
            misconfigured.stop();
        }
    }

    private static long pendingDeliveries() {
        return count("AlertDeliveriesPending");
    }

    private static long count(String attribute) {
        try {
            return ((Number) attribute(attribute)).longValue();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void await(java.util.function.BooleanSupplier condition, String what) throws InterruptedException {
        Eventually.await(Duration.ofSeconds(30), what, condition);
    }

    private static void expiresIn(double days) {
        JsonObject answer = client.put("account.config.update", Map.of("store_key", storeKey,
                "amazon_sp_client_secret_expires_at", inDays(days)));
        assertEquals(0, answer.getInt("return_code"), answer.toString());
    }

    private static String inDays(double days) {
        // whole seconds, as Amazon gives them; the database keeps microseconds
        return Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS)
                .plus(Duration.ofMinutes(Math.round(days * 24 * 60))).toString();
    }

    private static JsonObject credentials() {
        return client.get("cart.info", Map.of("store_key", storeKey)).getJsonObject("result")
                .getJsonObject("credentials");
    }

    /** Runs the job; how many new alerts it recorded. */
    private static int checkNow() throws Exception {
        String result = String.valueOf(jmx.getMBeanServerConnection().invoke(ROTATION, "checkNow", null, null));
        Matcher checked = CHECKED.matcher(result);
        assertTrue(checked.matches(), result);
        return Integer.parseInt(checked.group(1));
    }

    /**
     * Waits until the delivery timer finished a whole tick that began after this call, with nothing left
     * pending, and until this client got every JMX notification the server sent: after that, a repeated alert
     * would have been delivered already.
     */
    private static void awaitDeliveryTickAfterNow() throws InterruptedException {
        long ticks = count("DeliveryTicks");
        await(() -> count("DeliveryTicks") >= ticks + 2, "two more delivery ticks");
        await(() -> pendingDeliveries() == 0, "no delivery left pending");
        long sent = count("AlertsSent");
        await(() -> NOTIFICATIONS.size() >= sent, "the notifications the server sent");
    }

    private static Object attribute(String name) throws Exception {
        MBeanServerConnection connection = jmx.getMBeanServerConnection();
        return connection.getAttribute(ROTATION, name);
    }

    private static List<Integer> awaitThresholds(int count) throws InterruptedException {
        Eventually.await(Duration.ofSeconds(15), count + " webhook alerts", () -> WEBHOOK_ALERTS.size() >= count);
        List<Integer> thresholds = new ArrayList<>();
        WEBHOOK_ALERTS.forEach(alert -> thresholds.add(alert.getInt("threshold_days")));
        return thresholds;
    }

    /**
     * What the README asks of a receiver: {@code t=<unix seconds>,v1=<hex HMAC-SHA256 of "t.body">}, the HMAC
     * compared in constant time, the timestamp within 5 minutes of the receiver's clock.
     */
    private static boolean signedRecently(String header, byte[] body) {
        if (header == null || !header.matches("t=\\d+,v1=[0-9a-f]{64}")) {
            return false;
        }
        String timestamp = header.substring(2, header.indexOf(','));
        String presented = header.substring(header.indexOf("v1=") + 3);
        if (Math.abs(Instant.now().getEpochSecond() - Long.parseLong(timestamp)) > WEBHOOK_TOLERANCE.toSeconds()) {
            return false;
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(WEBHOOK_SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update((timestamp + ".").getBytes(StandardCharsets.US_ASCII));
            byte[] expected = mac.doFinal(body);
            return MessageDigest.isEqual(expected, HexFormat.of().parseHex(presented));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static ObjectName objectName(String name) {
        try {
            return new ObjectName(name);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
