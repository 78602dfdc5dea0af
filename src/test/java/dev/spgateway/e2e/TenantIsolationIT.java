package dev.spgateway.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spgateway.launch.GatewayProcess;
import dev.spgateway.persistence.TestDatabase;
import dev.spgateway.sandbox.SpApiSandbox;
import dev.spgateway.sandbox.control.Hold;
import dev.spgateway.sandbox.control.SandboxControl;
import jakarta.json.JsonObject;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.opentest4j.TestAbortedException;

/**
 * One API account can neither spend another's Amazon usage plans nor slow it down: two accounts on one
 * gateway (PostgreSQL where reachable, else H2), every Amazon endpoint played by the sandbox.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TenantIsolationIT {

    private static final String KEY_A = "isolation-it-account-a-key-0001";
    private static final String KEY_B = "isolation-it-account-b-key-0002";
    /** An answer slower than this counts as the gateway not answering. */
    private static final Duration PROMPT = Duration.ofSeconds(5);

    private static SpApiSandbox sandbox;
    private static SandboxControl control;
    private static TestDatabase database;
    private static Path workDir;
    private static GatewayProcess gateway;
    private static GatewayClient accountA;
    private static GatewayClient accountB;

    @BeforeAll
    static void start() throws Exception {
        sandbox = SpApiSandbox.start();
        control = sandbox.control();
        workDir = SandboxedGateway.workDir("isolation");
        try {
            database = TestDatabase.postgresql();
        } catch (TestAbortedException noPostgresql) {
            database = null;
        }
        // each start makes sure the bootstrap key's account exists, so two starts leave two accounts
        startGateway(KEY_B).stop();
        gateway = startGateway(KEY_A);
        accountA = new GatewayClient(gateway.baseUrl(), KEY_A);
        accountB = accountA.withApiKey(KEY_B);
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
    void anAccountClaimingAnotherAccountsSellerSpendsOnlyItsOwnUsagePlans() {
        String sellerA = control.registerSeller(List.of(SandboxStores.US)).sellerId();
        String storeA = add(accountA, sellerA, sellerA, true);
        // B's own valid application, authorised by B's own seller, but A's public seller id
        String sellerB = control.registerSeller(List.of(SandboxStores.US)).sellerId();
        String storeB = add(accountB, sellerB, sellerA, true);

        int answers = 0;
        JsonObject last;
        do {
            last = freshProducts(accountB, storeB);
            answers++;
            assertTrue(List.of(0, 110).contains(last.getInt("return_code")), last.toString());
        } while (last.getInt("return_code") == 0 && answers < 40);
        assertEquals(110, last.getInt("return_code"), "B spent its own usage plan: " + last);

        JsonObject ofA = freshProducts(accountA, storeA);
        assertEquals(0, ofA.getInt("return_code"), "A's plan is A's alone: " + ofA);
        assertTrue(validate(accountA, storeA));
    }

    @Test
    @Order(2)
    void slowLoginWithAmazonForOneAccountHoldsNoConnectionAnotherAccountNeeds() throws Exception {
        List<String> coldStores = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            String seller = control.registerSeller(List.of(SandboxStores.US)).sellerId();
            coldStores.add(add(accountA, seller, seller, false));
        }
        String storeB = add(accountB, control.registerSeller(List.of(SandboxStores.US)).sellerId(), null, true);
        GatewayClient promptB = accountB.withTimeout(PROMPT);
        assertEquals(0, promptB.get("cart.info", Map.of("store_key", storeB)).getInt("return_code"));

        Hold slowLwa = control.hold("lwaToken", Duration.ofSeconds(20));
        ExecutorService pool = Executors.newFixedThreadPool(40);
        try {
            List<Future<JsonObject>> validations = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                String store = coldStores.get(i % coldStores.size());
                validations.add(pool.submit(() -> accountA.get("cart.validate", Map.of("store_key", store))));
            }
            // one exchange per cold store; the other validations of that store wait for it
            slowLwa.awaitArrivals(coldStores.size(), Duration.ofSeconds(30));

            for (int i = 0; i < 20; i++) {
                JsonObject info = promptB.get("cart.info", Map.of("store_key", storeB));
                assertEquals(0, info.getInt("return_code"), info.toString());
                assertTrue(validations.stream().noneMatch(Future::isDone), "the 40 are still waiting for LWA");
            }
            slowLwa.release();

            for (Future<JsonObject> validation : validations) {
                JsonObject answer = validation.get();
                assertEquals(0, answer.getInt("return_code"), answer.toString());
                assertTrue(answer.getJsonObject("result").getBoolean("valid"), answer.toString());
            }
        } finally {
            control.clearFaults();
            pool.shutdownNow();
        }
    }

    /**
     * Connects a store for an application authorised by {@code authorizingSeller}, under the seller id
     * {@code claimedSeller} (null: the authorising seller's own); answers its store key.
     */
    private static String add(GatewayClient account, String authorizingSeller, String claimedSeller, boolean verify) {
        SandboxControl.AppCredentials app = control.registerApplication(false);
        String refreshToken = control.authorize(authorizingSeller, app.clientId());
        control.setReportDurations(authorizingSeller, Duration.ZERO, Duration.ZERO);
        control.updateCatalog(authorizingSeller, catalog -> catalog.withSize(5).withSeed(authorizingSeller.hashCode()));
        Map<String, Object> parameters = SandboxStores.cartAddParameters(app,
                claimedSeller == null ? authorizingSeller : claimedSeller, refreshToken, "us-east-1");
        parameters.put("verify", verify);
        JsonObject added = account.post("account.cart.add", parameters);
        assertEquals(0, added.getInt("return_code"), added.toString());
        return added.getJsonObject("result").getString("store_key");
    }

    /** product.list from a report requested now, which spends the createReport usage plan. */
    private static JsonObject freshProducts(GatewayClient account, String storeKey) {
        return account.get("product.list", Map.of("store_key", storeKey, "disable_report_cache", "true"));
    }

    private static boolean validate(GatewayClient account, String storeKey) {
        JsonObject answer = account.get("cart.validate", Map.of("store_key", storeKey));
        assertEquals(0, answer.getInt("return_code"), answer.toString());
        assertFalse(answer.getJsonObject("result").containsKey("message"), answer.toString());
        return answer.getJsonObject("result").getBoolean("valid");
    }
}
