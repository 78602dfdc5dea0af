package dev.spgateway.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spgateway.launch.GatewayProcess;
import dev.spgateway.persistence.TestDatabase;
import dev.spgateway.sandbox.SpApiSandbox;
import dev.spgateway.sandbox.control.Fault;
import dev.spgateway.sandbox.control.Hold;
import dev.spgateway.sandbox.control.SandboxControl;
import dev.spgateway.sandbox.sigv4.SigningKey;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.opentest4j.TestAbortedException;

/**
 * Connecting Amazon stores end to end: the WAR on Payara Micro, its database on PostgreSQL (H2 where no
 * PostgreSQL is reachable outside CI), every Amazon endpoint played by the sandbox.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StoresIT {

    private static final String KEY_A = "stores-it-account-a-key-0001";
    private static final String KEY_B = "stores-it-account-b-key-0002";
    private static final String NA_US = "ATVPDKIKX0DER";
    private static final String NA_CA = "A2EUQ1WTGCTBG2";
    private static final String EU_DE = "A1PA6795UKMFR9";

    /** Every secret handed to the gateway: none may show up in its database or log. */
    private static final Set<String> SECRETS = ConcurrentHashMap.newKeySet();

    private static SpApiSandbox sandbox;
    private static SandboxControl control;
    private static TestDatabase database;
    private static Path workDir;
    private static GatewayProcess gateway;
    private static GatewayClient client;

    @BeforeAll
    static void start() throws Exception {
        sandbox = SpApiSandbox.start();
        control = sandbox.control();
        workDir = SandboxedGateway.workDir("stores");
        try {
            database = TestDatabase.postgresql();
        } catch (TestAbortedException noPostgresql) {
            database = null;
        }
        gateway = startGateway(KEY_A);
        client = new GatewayClient(gateway.baseUrl(), KEY_A);
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

    private static GatewayProcess startGateway(String bootstrapKey) throws Exception {
        GatewayProcess process = SandboxedGateway.configure(GatewayProcess.fromBuild(workDir), sandbox)
                .property("spgateway.data-dir", "./" + workDir.resolve("data"))
                .property("spgateway.bootstrap.api-key", bootstrapKey);
        if (database != null) {
            SandboxedGateway.onDatabase(process, database.jdbcUrl(), database.user());
        }
        return process.start();
    }

    @Test
    @Order(1)
    void aStoreWithoutAwsShowsItsMarketplacesAndMaskedCredentials() {
        SellerSetup seller = newSeller(List.of(NA_US, NA_CA));

        JsonObject added = client.post("account.cart.add", seller.cartAddParameters("us-east-1"));

        assertEquals(0, added.getInt("return_code"), added.toString());
        String storeKey = added.getJsonObject("result").getString("store_key");
        JsonObject info = client.get("cart.info", Map.of("store_key", storeKey));
        assertEquals(0, info.getInt("return_code"), info.toString());
        JsonObject result = info.getJsonObject("result");
        List<String> storeIds = result.getJsonArray("stores_info").getJsonObject(0).getJsonArray("store_info")
                .stream().map(s -> s.asJsonObject().getString("store_id")).toList();
        assertEquals(List.of(NA_US, NA_CA), storeIds);
        JsonObject credentials = result.getJsonObject("credentials");
        assertEquals(seller.clientId, credentials.getString("amazon_sp_client_id"));
        String maskedSecret = credentials.getString("amazon_sp_client_secret");
        assertTrue(maskedSecret.startsWith("****"));
        assertTrue(maskedSecret.endsWith(seller.clientSecret.substring(seller.clientSecret.length() - 4)));
        assertFalse(info.toString().contains(seller.clientSecret));
        assertFalse(info.toString().contains(seller.refreshToken));

        JsonObject list = client.get("account.cart.list", Map.of());
        assertTrue(list.getJsonObject("result").getJsonArray("carts").stream()
                .anyMatch(cart -> cart.asJsonObject().getString("store_key").equals(storeKey)));
    }

    @Test
    @Order(2)
    void aStoreWithTheAwsTrioIsVerifiedWithSignedRequests() {
        SellerSetup seller = newSeller(List.of(NA_US));
        control.setLegacyIam(seller.sellerId, true);
        SigningKey user = control.registerIamUser();
        String roleArn = "arn:aws:iam::" + twelveDigits() + ":role/SellingPartnerRole";
        control.registerRole(roleArn, user.accessKeyId());
        SECRETS.add(user.secretAccessKey());
        int assumeRolesBefore = control.callCount("assumeRole");

        Map<String, Object> parameters = seller.cartAddParameters("us-east-1");
        withAwsTrio(parameters, user, roleArn);
        JsonObject added = client.post("account.cart.add", parameters);

        assertEquals(0, added.getInt("return_code"), added.toString());
        assertEquals(assumeRolesBefore + 1, control.callCount("assumeRole"));
    }

    @Test
    @Order(3)
    void aSellerWithTheIamSetupIsRefusedWithoutTheTrio() {
        SellerSetup seller = newSeller(List.of(NA_US));
        control.setLegacyIam(seller.sellerId, true);

        JsonObject refused = client.post("account.cart.add", seller.cartAddParameters("us-east-1"));

        assertEquals(100, refused.getInt("return_code"), refused.toString());
    }

    @Test
    @Order(4)
    void eachBadCredentialGetsItsOwnMessageAndStoresNothing() {
        int stores = storeCount();

        SellerSetup wrongSecret = newSeller(List.of(NA_US));
        Map<String, Object> parameters = wrongSecret.cartAddParameters("us-east-1");
        parameters.put("amazon_sp_client_secret", "amzn1.oa2-cs.v1.not-the-real-secret");
        assertRefused(client.post("account.cart.add", parameters), 100, "invalid_client");

        SellerSetup revoked = newSeller(List.of(NA_US));
        control.revokeRefreshToken(revoked.refreshToken);
        assertRefused(client.post("account.cart.add", revoked.cartAddParameters("us-east-1")), 100, "invalid_grant");

        SellerSetup untrusted = newSeller(List.of(NA_US));
        control.setLegacyIam(untrusted.sellerId, true);
        SigningKey user = control.registerIamUser();
        SigningKey other = control.registerIamUser();
        String roleArn = "arn:aws:iam::" + twelveDigits() + ":role/TrustsSomeoneElse";
        control.registerRole(roleArn, other.accessKeyId());
        SECRETS.add(user.secretAccessKey());
        Map<String, Object> withTrio = untrusted.cartAddParameters("us-east-1");
        withAwsTrio(withTrio, user, roleArn);
        assertRefused(client.post("account.cart.add", withTrio), 100, "sts:AssumeRole");

        withTrio.put("amazon_sp_aws_role_arn", "arn:aws:iam::" + twelveDigits() + ":role/Whatever");
        withTrio.put("amazon_sp_aws_user_secret", "wrong/aws/secret/access/key/000000000000");
        assertRefused(client.post("account.cart.add", withTrio), 100, "amazon_sp_aws_user_secret");

        SellerSetup unauthorized = newSeller(List.of(NA_US));
        control.scriptFault("getMarketplaceParticipations", Fault.status(403), 1);
        assertRefused(client.post("account.cart.add", unauthorized.cartAddParameters("us-east-1")), 100,
                "Professional selling plan");

        assertEquals(stores, storeCount(), "no failed check leaves a store behind");
    }

    @Test
    @Order(5)
    void malformedValuesAreRefusedBeforeAnyCallToAmazon() {
        SellerSetup seller = newSeller(List.of(NA_US));
        int lwaCalls = control.callCount("lwaToken");
        Map<String, Object> parameters = seller.cartAddParameters("us-east-1");
        parameters.put("amazon_sp_refresh_token", "not-a-refresh-token");

        assertRefused(client.post("account.cart.add", parameters), 109, "amazon_sp_refresh_token");
        parameters.remove("amazon_sp_refresh_token");
        assertRefused(client.post("account.cart.add", parameters), 114, "amazon_sp_refresh_token");
        assertEquals(lwaCalls, control.callCount("lwaToken"));
    }

    @Test
    @Order(6)
    void aRegionThatDoesNotMatchTheSellersMarketplacesIsRejected() {
        SellerSetup european = newSeller(List.of(EU_DE));

        JsonObject refused = client.post("account.cart.add", european.cartAddParameters("us-east-1"));

        assertRefused(refused, 109, "amazon_sp_aws_region");
        String message = refused.getString("return_message");
        assertTrue(message.contains(EU_DE), message);
        assertTrue(message.contains("North America us-east-1, Europe eu-west-1, Far East us-west-2"), message);
        assertEquals(0, client.post("account.cart.add", european.cartAddParameters("eu-west-1"))
                .getInt("return_code"));
    }

    @Test
    @Order(7)
    void theSameSellerTwiceIs8() {
        SellerSetup seller = newSeller(List.of(NA_US));
        assertEquals(0, client.post("account.cart.add", seller.cartAddParameters("us-east-1")).getInt("return_code"));

        assertEquals(8, client.post("account.cart.add", seller.cartAddParameters("us-east-1")).getInt("return_code"));
    }

    @Test
    @Order(8)
    void aBadNewSecretLeavesTheOldOneWorkingAndAGoodOneReplacesIt() {
        SellerSetup seller = newSeller(List.of(NA_US));
        String storeKey = client.post("account.cart.add", seller.cartAddParameters("us-east-1"))
                .getJsonObject("result").getString("store_key");

        JsonObject bad = client.put("account.config.update", Map.of("store_key", storeKey,
                "amazon_sp_client_secret", "amzn1.oa2-cs.v1.a-wrong-new-secret"));
        assertRefused(bad, 100, "invalid_client");
        assertTrue(validate(storeKey), "the old secret still works");

        String rotated = control.rotateClientSecret(seller.clientId);
        SECRETS.add(rotated);
        JsonObject good = client.put("account.config.update", Map.of("store_key", storeKey,
                "amazon_sp_client_secret", rotated, "idempotency_key", "rotation-1"));
        assertEquals(0, good.getInt("return_code"), good.toString());
        assertEquals(1, good.getJsonObject("result").getInt("updated_items"));
        assertTrue(validate(storeKey));
        String masked = client.get("cart.info", Map.of("store_key", storeKey)).getJsonObject("result")
                .getJsonObject("credentials").getString("amazon_sp_client_secret");
        assertTrue(masked.endsWith(rotated.substring(rotated.length() - 4)));

        int exchanges = control.callCount("lwaToken");
        JsonObject replay = client.put("account.config.update", Map.of("store_key", storeKey,
                "amazon_sp_client_secret", rotated, "idempotency_key", "rotation-1"));
        assertEquals(good, replay, "the same request with the same idempotency key replays the first answer");
        assertEquals(exchanges, control.callCount("lwaToken"), "without checking anything again");
        assertRefused(client.put("account.config.update", Map.of("store_key", storeKey,
                "amazon_sp_client_secret", "amzn1.oa2-cs.v1.would-break-it", "idempotency_key", "rotation-1")),
                109, "idempotency_key already used for a different request");
        assertTrue(validate(storeKey), "and changes nothing");
    }

    @Test
    @Order(9)
    void fiftyConcurrentCallsOnAColdStoreMakeOneLwaExchangeAndOneAssumeRole() throws Exception {
        SellerSetup seller = newSeller(List.of(NA_US));
        control.setLegacyIam(seller.sellerId, true);
        SigningKey user = control.registerIamUser();
        String roleArn = "arn:aws:iam::" + twelveDigits() + ":role/ColdStoreRole";
        control.registerRole(roleArn, user.accessKeyId());
        SECRETS.add(user.secretAccessKey());
        Map<String, Object> parameters = seller.cartAddParameters("us-east-1");
        withAwsTrio(parameters, user, roleArn);
        parameters.put("verify", false);
        String storeKey = client.post("account.cart.add", parameters).getJsonObject("result").getString("store_key");
        int lwaBefore = control.callCount("lwaToken");
        int stsBefore = control.callCount("assumeRole");

        ExecutorService pool = Executors.newFixedThreadPool(50);
        try {
            List<Future<JsonObject>> answers = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                answers.add(pool.submit(() -> client.get("cart.validate", Map.of("store_key", storeKey))));
            }
            for (Future<JsonObject> answer : answers) {
                assertEquals(0, answer.get().getInt("return_code"));
            }
        } finally {
            pool.shutdownNow();
        }

        assertEquals(lwaBefore + 1, control.callCount("lwaToken"));
        assertEquals(stsBefore + 1, control.callCount("assumeRole"));
    }

    @Test
    @Order(10)
    void serverErrorsAreRetriedAndThrottlingBacksOffTo110() {
        SellerSetup seller = newSeller(List.of(NA_US));
        control.scriptFault("getMarketplaceParticipations", Fault.status(503), 2);
        JsonObject added = client.post("account.cart.add", seller.cartAddParameters("us-east-1"));
        assertEquals(0, added.getInt("return_code"), added.toString());
        String storeKey = added.getJsonObject("result").getString("store_key");

        control.scriptFault("getMarketplaceParticipations", Fault.status(500), 1);
        assertTrue(validate(storeKey), "a 500 is retried");

        // getMarketplaceParticipations refills one token a minute: after a 429 the pause exceeds the wait
        SellerSetup throttled = newSeller(List.of(NA_US));
        control.scriptFault("getMarketplaceParticipations", Fault.status(429), 10);
        int calls = control.callCount("getMarketplaceParticipations");
        assertRefused(client.post("account.cart.add", throttled.cartAddParameters("us-east-1")), 110, "throttled");
        assertEquals(calls + 1, control.callCount("getMarketplaceParticipations"),
                "no request is sent while the backoff lasts");
        control.clearFaults();
    }

    @Test
    @Order(11)
    void anExpiredAccessTokenIsRenewedOnceAndTheCallSucceeds() {
        SellerSetup seller = newSeller(List.of(NA_US));
        String storeKey = client.post("account.cart.add", seller.cartAddParameters("us-east-1"))
                .getJsonObject("result").getString("store_key");
        int exchanges = control.callCount("lwaToken");

        sandbox.testClock().advance(java.time.Duration.ofMinutes(61));

        assertTrue(validate(storeKey));
        assertEquals(exchanges + 1, control.callCount("lwaToken"), "one new token for the expired one");
    }

    @Test
    @Order(12)
    void theSandboxEnvironmentUsesAmazonsStaticSandbox() {
        SellerSetup seller = newSeller(List.of(NA_US));
        int staticCalls = control.callCount("getMarketplaceParticipations");
        Map<String, Object> parameters = seller.cartAddParameters("us-east-1");
        parameters.put("amazon_sp_api_environment", "sandbox");

        JsonObject added = client.post("account.cart.add", parameters);

        assertEquals(0, added.getInt("return_code"), added.toString());
        String storeKey = added.getJsonObject("result").getString("store_key");
        assertEquals("sandbox", client.get("cart.info", Map.of("store_key", storeKey)).getJsonObject("result")
                .getJsonObject("credentials").getString("amazon_sp_api_environment"));
        assertEquals(staticCalls + 1, control.callCount("getMarketplaceParticipations"));
        assertTrue(control.calls("getMarketplaceParticipations").stream()
                .anyMatch(call -> call.toString().contains("amazon-sandbox")), "answered by the static sandbox");
    }

    @Test
    @Order(13)
    void anIdempotencyKeyReplaysOnlyTheSameRequestOnTheSameStore() {
        String storeX = addUnverified(newSeller(List.of(NA_US)), "Store X");
        String storeY = addUnverified(newSeller(List.of(NA_US)), "Store Y");
        String expiryOfY = secretExpiry(storeY);
        String announced = java.time.Instant.now().plus(java.time.Duration.ofDays(90))
                .truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
        Map<String, Object> expiry = Map.of("store_key", storeX, "amazon_sp_client_secret_expires_at", announced,
                "idempotency_key", "expiry-1");

        JsonObject first = client.put("account.config.update", expiry);
        assertEquals(0, first.getInt("return_code"), first.toString());
        assertEquals(1, first.getJsonObject("result").getInt("updated_items"));
        assertEquals(announced, secretExpiry(storeX));
        assertEquals(first, client.put("account.config.update", expiry), "the same request replays");

        Map<String, Object> onY = new LinkedHashMap<>(expiry);
        onY.put("store_key", storeY);
        assertRefused(client.put("account.config.update", onY), 109,
                "idempotency_key already used for a different request");
        assertEquals(expiryOfY, secretExpiry(storeY), "another store is not a replay and changes nothing");

        Map<String, Object> otherDate = new LinkedHashMap<>(expiry);
        otherDate.put("amazon_sp_client_secret_expires_at", java.time.Instant.now().plus(java.time.Duration.ofDays(100))
                .truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString());
        assertRefused(client.put("account.config.update", otherDate), 109,
                "idempotency_key already used for a different request");
        assertEquals(announced, secretExpiry(storeX));
    }

    @Test
    @Order(14)
    void idempotencyKeysAreBoundedAndPlainText() {
        String store = addUnverified(newSeller(List.of(NA_US)), "Keys");
        Map<String, Object> update = new LinkedHashMap<>(Map.of("store_key", store, "custom_label", "Keys 2"));

        update.put("idempotency_key", "k".repeat(201));
        assertRefused(client.put("account.config.update", update), 109, "idempotency_key");
        update.put("idempotency_key", "key\0nul");
        assertRefused(client.put("account.config.update", update), 109, "idempotency_key");
        assertEquals("Keys", label(store), "a refused key changes nothing");

        update.put("idempotency_key", "k".repeat(200));
        assertEquals(0, client.put("account.config.update", update).getInt("return_code"));
        assertEquals("Keys 2", label(store));
    }

    @Test
    @Order(15)
    void configUpdateSetsAndRemovesTheCustomLabelWithoutCallingAmazon() {
        String store = addUnverified(newSeller(List.of(NA_US)), "Old label");
        int lwaCalls = control.callCount("lwaToken");

        JsonObject renamed = client.put("account.config.update", Map.of("store_key", store, "custom_label",
                "Café Shop"));
        assertEquals(0, renamed.getInt("return_code"), renamed.toString());
        assertEquals(1, renamed.getJsonObject("result").getInt("updated_items"));
        assertEquals("Café Shop", label(store));

        assertRefused(client.put("account.config.update", Map.of("store_key", store, "custom_label",
                "x".repeat(201))), 109, "custom_label");
        assertRefused(client.put("account.config.update", Map.of("store_key", store, "custom_label",
                "shop\0")), 109, "custom_label");
        assertEquals("Café Shop", label(store));

        assertEquals(0, client.put("account.config.update", Map.of("store_key", store, "custom_label", ""))
                .getInt("return_code"));
        assertTrue(cart(store).isNull("custom_label"), "an empty label removes it");
        assertEquals(lwaCalls, control.callCount("lwaToken"));
    }

    @Test
    @Order(16)
    void concurrentDuplicatesOfAStoreAnswer8NotAnInternalError() throws Exception {
        SellerSetup seller = newSeller(List.of(NA_US));
        int duplicates = 6;
        Hold participations = control.hold("getMarketplaceParticipations", java.time.Duration.ofMinutes(1));
        ExecutorService pool = Executors.newFixedThreadPool(duplicates);
        try {
            List<Future<JsonObject>> answers = new ArrayList<>();
            for (int i = 0; i < duplicates; i++) {
                answers.add(pool.submit(() -> client.post("account.cart.add", seller.cartAddParameters("us-east-1"))));
            }
            // every copy is past the check for an existing store and waits for Amazon
            participations.awaitArrivals(duplicates, java.time.Duration.ofSeconds(60));
            participations.release();

            List<Integer> codes = new ArrayList<>();
            for (Future<JsonObject> answer : answers) {
                codes.add(answer.get().getInt("return_code"));
            }
            codes.sort(Integer::compare);
            assertEquals(List.of(0, 8, 8, 8, 8, 8), codes);
        } finally {
            control.clearFaults();
            pool.shutdownNow();
        }
    }

    @Test
    @Order(100)
    void anotherAccountCannotSeeOrUseTheStoresAfterARestart() throws Exception {
        SellerSetup seller = newSeller(List.of(NA_US));
        String storeKey = client.post("account.cart.add", seller.cartAddParameters("us-east-1"))
                .getJsonObject("result").getString("store_key");
        gateway.stop();
        gateway = startGateway(KEY_B);
        client = new GatewayClient(gateway.baseUrl(), KEY_A);
        GatewayClient other = client.withApiKey(KEY_B);

        JsonObject info = other.get("cart.info", Map.of("store_key", storeKey));
        assertEquals(101, info.getInt("return_code"));
        assertEquals("Store not found", info.getString("return_message"));
        assertEquals(JsonValue.EMPTY_JSON_OBJECT, info.getJsonObject("result"));
        assertEquals(101, other.delete("cart.delete", Map.of("store_key", storeKey)).getInt("return_code"));
        assertEquals(101, other.put("account.config.update", Map.of("store_key", storeKey,
                "amazon_sp_client_secret", "amzn1.oa2-cs.v1.hijack")).getInt("return_code"));
        assertEquals(0, other.get("account.cart.list", Map.of()).getJsonObject("result").getInt("carts_count"));

        assertEquals(0, client.get("cart.info", Map.of("store_key", storeKey)).getInt("return_code"),
                "the owner still sees its store after the restart");
    }

    @Test
    @Order(101)
    void noSecretAppearsInTheDatabaseOrTheServerLog() throws Exception {
        gateway.stop();
        String log = SandboxedGateway.serverLog(gateway);
        String dump = (database != null ? database : TestDatabase.h2File(workDir.resolve("data"))).dump();
        assertFalse(SECRETS.isEmpty());
        assertTrue(dump.contains("gcm2:"), "the dump holds the encrypted values");
        for (String secret : SECRETS) {
            assertFalse(dump.contains(secret), "a secret is in the database dump");
            assertFalse(log.contains(secret), "a secret is in the server log");
        }
    }

    private static String addUnverified(SellerSetup seller, String label) {
        Map<String, Object> parameters = seller.cartAddParameters("us-east-1");
        parameters.put("verify", false);
        parameters.put("custom_label", label);
        JsonObject added = client.post("account.cart.add", parameters);
        assertEquals(0, added.getInt("return_code"), added.toString());
        return added.getJsonObject("result").getString("store_key");
    }

    private static String secretExpiry(String storeKey) {
        return cart(storeKey).getJsonObject("client_secret").getString("client_secret_expires_at");
    }

    private static String label(String storeKey) {
        return client.get("cart.info", Map.of("store_key", storeKey)).getJsonObject("result").getString("name");
    }

    private static JsonObject cart(String storeKey) {
        return client.get("account.cart.list", Map.of()).getJsonObject("result").getJsonArray("carts").stream()
                .map(JsonValue::asJsonObject)
                .filter(cart -> cart.getString("store_key").equals(storeKey))
                .findFirst().orElseThrow();
    }

    private static boolean validate(String storeKey) {
        JsonObject answer = client.get("cart.validate", Map.of("store_key", storeKey));
        assertEquals(0, answer.getInt("return_code"), answer.toString());
        return answer.getJsonObject("result").getBoolean("valid");
    }

    private static int storeCount() {
        return client.get("account.cart.list", Map.of()).getJsonObject("result").getInt("carts_count");
    }

    private static void assertRefused(JsonObject answer, int code, String messagePart) {
        assertEquals(code, answer.getInt("return_code"), answer.toString());
        assertTrue(answer.getString("return_message").contains(messagePart), answer.getString("return_message"));
        assertNotNull(answer.getJsonObject("result"));
    }

    private static void withAwsTrio(Map<String, Object> parameters, SigningKey user, String roleArn) {
        parameters.put("amazon_sp_aws_user_key_id", user.accessKeyId());
        parameters.put("amazon_sp_aws_user_secret", user.secretAccessKey());
        parameters.put("amazon_sp_aws_role_arn", roleArn);
    }

    private static String twelveDigits() {
        return String.valueOf(100_000_000_000L + ThreadLocalRandom.current().nextLong(899_999_999_999L));
    }

    private static SellerSetup newSeller(List<String> marketplaces) {
        SandboxControl.AppCredentials app = control.registerApplication(false);
        String sellerId = control.registerSeller(marketplaces).sellerId();
        String refreshToken = control.authorize(sellerId, app.clientId());
        SECRETS.add(app.clientSecret());
        SECRETS.add(refreshToken);
        return new SellerSetup(sellerId, app.clientId(), app.clientSecret(), refreshToken);
    }

    private record SellerSetup(String sellerId, String clientId, String clientSecret, String refreshToken) {

        Map<String, Object> cartAddParameters(String region) {
            Map<String, Object> parameters = new LinkedHashMap<>();
            parameters.put("cart_id", "AmazonSP");
            parameters.put("amazon_seller_id", sellerId);
            parameters.put("amazon_sp_client_id", clientId);
            parameters.put("amazon_sp_client_secret", clientSecret);
            parameters.put("amazon_sp_refresh_token", refreshToken);
            parameters.put("amazon_sp_aws_region", region);
            return parameters;
        }
    }
}
