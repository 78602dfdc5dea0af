package dev.spgateway.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spgateway.launch.GatewayProcess;
import dev.spgateway.persistence.TestDatabase;
import dev.spgateway.sandbox.DemoIntegratorSite;
import dev.spgateway.sandbox.SpApiSandbox;
import dev.spgateway.sandbox.control.SandboxControl;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The website and Appstore authorization workflows end to end: Debian's Chromium on a small site standing in
 * for the integrator's, Seller Central's consent page played by the sandbox, the WAR on Payara Micro over an
 * H2 this test can read. Refusals go step by step over HTTP, so that each URL can be replayed or altered.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AuthorizationWorkflowsIT {

    private static final String KEY_A = "authorization-it-account-a-key-01";
    private static final String KEY_B = "authorization-it-account-b-key-02";
    private static final String APPLICATION_ID = "amzn1.sp.solution.0000aaaa-1111-2222-3333-444455556666";
    private static final String US = "ATVPDKIKX0DER";
    private static final String DE = "A1PA6795UKMFR9";
    /** Short, so that one authorization of this class can be seen to expire. */
    private static final Duration STATE_TTL = Duration.ofSeconds(40);

    /** Every state, code and token of this class: none may show up in the server's log or the state table. */
    private static final Set<String> SECRETS = ConcurrentHashMap.newKeySet();

    private static SpApiSandbox sandbox;
    private static SandboxControl control;
    private static SandboxControl.AppCredentials app;
    private static TestDatabase database;
    private static DemoIntegratorSite site;
    private static GatewayProcess gateway;
    private static GatewayClient client;
    private static AuthorizationFlows flows;
    private static ChromeDriver browser;
    private static AuthorizationFlows.Started lapsing;

    @BeforeAll
    static void start() throws Exception {
        sandbox = SpApiSandbox.start();
        control = sandbox.control();
        app = control.registerApplication(false);
        SECRETS.add(app.clientSecret());
        database = TestDatabase.h2Server();
        Path workDir = SandboxedGateway.workDir("authorization");
        int port = SandboxedGateway.freePort();
        String gatewayUrl = "http://127.0.0.1:" + port;
        site = DemoIntegratorSite.start(gatewayUrl, KEY_A);
        String redirectUri = gatewayUrl + "/amazon/authorization/callback";
        control.registerOAuthApplication(APPLICATION_ID, app.clientId(), List.of(redirectUri), true, site.loginUrl());
        GatewayProcess process = SandboxedGateway.configure(GatewayProcess.fromBuild(workDir), sandbox)
                .property("spgateway.data-dir", "./" + workDir.resolve("data"))
                .property("spgateway.bootstrap.api-key", KEY_A)
                .property("spgateway.db.url", database.jdbcUrl())
                .property("spgateway.db.user", database.user())
                .property("spgateway.db.password", "spgateway")
                .property("spgateway.oauth.application-id", APPLICATION_ID)
                .property("spgateway.oauth.client-id", app.clientId())
                .property("spgateway.oauth.client-secret", app.clientSecret())
                .property("spgateway.oauth.redirect-uri", redirectUri)
                .property("spgateway.oauth.draft", "true")
                .property("spgateway.oauth.return-urls", site.returnUrl())
                .property("spgateway.oauth.amazon-callback-origins", sandbox.baseUrl())
                .property("spgateway.oauth.state-ttl", STATE_TTL.toString());
        for (String region : List.of("na", "eu", "fe")) {
            process.property("spgateway.sellercentral." + region + ".url", sandbox.baseUrl());
        }
        gateway = process.port(port).start();
        client = new GatewayClient(gateway.baseUrl(), KEY_A);
        addAccount(KEY_B);
        flows = new AuthorizationFlows(sandbox);
        lapsing = started(AuthorizationFlows.start(client, "us-east-1", site.returnUrl()));
        browser = ConsoleBrowser.start(workDir.resolve("chromium-profile"));
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (gateway != null) {
            gateway.stop();
        }
        if (site != null) {
            site.close();
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
    void theWebsiteWorkflowConnectsASellerWhoConfirms() throws Exception {
        String sellerId = newSeller(US);

        browser.get(site.connectUrl("us-east-1"));
        String storeKey = confirmInBrowser(sellerId, "website");

        JsonObject info = info(client, AuthorizationFlows.query(browser.getCurrentUrl()).get("authorization_id"));
        assertEquals("connected", info.getString("status"), info.toString());
        assertEquals("website", info.getString("workflow"));
        assertEquals(storeKey, info.getString("store_key"));
        assertEquals(sellerId, info.getString("amazon_seller_id"));
        assertEquals(List.of(US), info.getJsonArray("marketplaces").getValuesAs(jakarta.json.JsonString.class)
                .stream().map(jakarta.json.JsonString::getString).toList());
        assertProductsAnswer(storeKey);
        JsonObject cart = client.get("cart.info", Map.of("store_key", storeKey)).getJsonObject("result");
        assertEquals(app.clientId(), cart.getJsonObject("credentials").getString("amazon_sp_client_id"),
                "the store uses the gateway's application");
    }

    @Test
    @Order(2)
    void theAppstoreWorkflowStartsAtAmazonAndEndsTheSameWay() throws Exception {
        String sellerId = newSeller(US);

        browser.get(sandbox.baseUrl() + "/apps/authorize/appstore?application_id=" + APPLICATION_ID
                + "&selling_partner_id=" + sellerId);
        String storeKey = confirmInBrowser(sellerId, "appstore");

        JsonObject info = info(client, AuthorizationFlows.query(browser.getCurrentUrl()).get("authorization_id"));
        assertEquals("appstore", info.getString("workflow"), info.toString());
        assertEquals(storeKey, info.getString("store_key"));
        assertProductsAnswer(storeKey);
    }

    @Test
    @Order(3)
    void aEuropeanSellerConnectsInItsRegion() throws Exception {
        String sellerId = newSeller(DE);

        browser.get(site.connectUrl("eu-west-1"));
        String storeKey = confirmInBrowser(sellerId, "eu");

        JsonObject info = info(client, AuthorizationFlows.query(browser.getCurrentUrl()).get("authorization_id"));
        assertEquals("eu-west-1", info.getString("amazon_sp_aws_region"), info.toString());
        assertEquals(DE, info.getJsonArray("marketplaces").getString(0));
        assertProductsAnswer(storeKey);
    }

    @Test
    @Order(10)
    void aReplayedCallbackUrlChangesNothing() throws Exception {
        String sellerId = newSeller(US);
        AuthorizationFlows.Started started = started(AuthorizationFlows.start(client, "us-east-1", site.returnUrl()));
        String callback = callback(flows.consent(started, sellerId, "confirm"));
        assertReturnedWith(flows.get(callback), started.id(), "connected", null);
        int stores = storeCount(sellerId);

        HttpResponse<String> replay = flows.get(callback);

        assertEquals(409, replay.statusCode(), replay.body());
        assertTrue(replay.body().contains("already used"), replay.body());
        assertEquals("no-referrer", replay.headers().firstValue("Referrer-Policy").orElse(""));
        assertEquals(1, stores);
        assertEquals(stores, storeCount(sellerId));
        assertEquals("connected", info(client, started.id()).getString("status"));
    }

    @Test
    @Order(11)
    void aCodeUsedOnceIsRefusedWithAnotherState() throws Exception {
        String sellerId = newSeller(US);
        AuthorizationFlows.Started first = started(AuthorizationFlows.start(client, "us-east-1", site.returnUrl()));
        String callback = callback(flows.consent(first, sellerId, "confirm"));
        assertReturnedWith(flows.get(callback), first.id(), "connected", null);
        String storeKey = info(client, first.id()).getString("store_key");
        AuthorizationFlows.Started second = started(AuthorizationFlows.start(client, "us-east-1", site.returnUrl()));

        HttpResponse<String> reused = flows.get(AuthorizationFlows.withQuery(callback, Map.of("state", second.state())));

        assertReturnedWith(reused, second.id(), "error", "invalid_code");
        assertEquals("invalid_code", info(client, second.id()).getString("error"));
        assertEquals(1, storeCount(sellerId));
        assertEquals(storeKey, info(client, first.id()).getString("store_key"));
    }

    @Test
    @Order(12)
    void anotherAccountsAuthorizationIsNotFoundAndItsStoreIsNotOurs() throws Exception {
        GatewayClient other = client.withApiKey(KEY_B);
        String sellerId = newSeller(US);
        AuthorizationFlows.Started theirs = started(AuthorizationFlows.start(other, "us-east-1", site.returnUrl()));
        assertReturnedWith(flows.get(callback(flows.consent(theirs, sellerId, "confirm"))), theirs.id(), "connected",
                null);

        JsonObject asked = client.get("amazon.authorization.info", Map.of("authorization_id", theirs.id()));

        assertEquals(112, asked.getInt("return_code"), asked.toString());
        assertEquals(0, storeCount(sellerId), "the store belongs to the account that started");
        assertEquals("connected", info(other, theirs.id()).getString("status"));
    }

    @Test
    @Order(13)
    void aReturnUrlOutsideThePrefixesIsRefusedBeforeAnythingIsStored() throws Exception {
        int before = authorizationRows().size();

        JsonObject answer = client.post("amazon.authorization.start", Map.of("amazon_sp_aws_region", "us-east-1",
                "return_url", "https://attacker.example/collect"));

        assertEquals(109, answer.getInt("return_code"), answer.toString());
        assertTrue(answer.getString("return_message").contains("'return_url'"), answer.toString());
        assertEquals(before, authorizationRows().size());
    }

    @Test
    @Order(14)
    void anAppstoreCallbackOnAForeignHostIsRefusedBeforeAnythingIsStored() throws Exception {
        int before = authorizationRows().size();

        JsonObject answer = client.post("amazon.authorization.start", Map.of("amazon_sp_aws_region", "us-east-1",
                "return_url", site.returnUrl(), "amazon_callback_uri", "https://sellercentral.amazon.com.attacker.example/cb",
                "amazon_state", "amazon-state-1"));

        assertEquals(109, answer.getInt("return_code"), answer.toString());
        assertTrue(answer.getString("return_message").contains("'amazon_callback_uri'"), answer.toString());
        assertEquals(before, authorizationRows().size());
    }

    @Test
    @Order(15)
    void cancellingAtTheConsentPageStoresNothing() throws Exception {
        String sellerId = newSeller(US);
        AuthorizationFlows.Started started = started(AuthorizationFlows.start(client, "us-east-1", site.returnUrl()));

        String callback = flows.consent(started, sellerId, "cancel");

        assertReturnedWith(flows.get(callback), started.id(), "cancelled", null);
        assertEquals("cancelled", info(client, started.id()).getString("status"));
        assertEquals(0, storeCount(sellerId));
    }

    @Test
    @Order(16)
    void aDraftApplicationWithoutTheBetaVersionOrAnUnregisteredRedirectIsRefusedBySellerCentral() throws Exception {
        AuthorizationFlows.Started started = started(AuthorizationFlows.start(client, "us-east-1", site.returnUrl()));
        assertTrue(started.url().contains("version=beta"), started.url());

        HttpResponse<String> withoutBeta = flows.get(AuthorizationFlows.withQuery(started.url(),
                java.util.Collections.singletonMap("version", null)));
        HttpResponse<String> otherRedirect = flows.get(AuthorizationFlows.withQuery(started.url(),
                Map.of("redirect_uri", "https://attacker.example/callback")));

        assertEquals(400, withoutBeta.statusCode());
        assertTrue(withoutBeta.body().contains("MD1000"), withoutBeta.body());
        assertEquals(400, otherRedirect.statusCode());
        assertTrue(otherRedirect.body().contains("MD5101"), otherRedirect.body());
        assertEquals("pending", info(client, started.id()).getString("status"));
    }

    @Test
    @Order(17)
    void reauthorizationKeepsTheStoreKeyAndReplacesTheRefreshToken() throws Exception {
        String sellerId = newSeller(US);
        AuthorizationFlows.Started first = started(AuthorizationFlows.start(client, "us-east-1", site.returnUrl()));
        assertReturnedWith(flows.get(callback(flows.consent(first, sellerId, "confirm"))), first.id(), "connected", null);
        String storeKey = info(client, first.id()).getString("store_key");
        Set<String> oldTokens = control.refreshTokens(sellerId, app.clientId());
        SECRETS.addAll(oldTokens);
        String sealedBefore = sealedRefreshToken(storeKey);
        oldTokens.forEach(control::revokeRefreshToken);

        AuthorizationFlows.Started again = started(AuthorizationFlows.start(client, "us-east-1", site.returnUrl()));
        assertReturnedWith(flows.get(callback(flows.consent(again, sellerId, "confirm"))), again.id(), "connected", null);

        assertEquals(storeKey, info(client, again.id()).getString("store_key"));
        assertEquals(1, storeCount(sellerId));
        assertNotEquals(sealedBefore, sealedRefreshToken(storeKey));
        Set<String> newTokens = control.refreshTokens(sellerId, app.clientId());
        SECRETS.addAll(newTokens);
        assertEquals(1, newTokens.size());
        assertFalse(oldTokens.containsAll(newTokens));
        JsonObject validated = client.get("cart.validate", Map.of("store_key", storeKey));
        assertEquals(0, validated.getInt("return_code"), validated.toString());
        assertTrue(validated.getJsonObject("result").getBoolean("valid"), "the store works with the new token only: "
                + validated);
    }

    @Test
    @Order(20)
    void anExpiredStateSendsTheSellerBackWithAnErrorAndStoresNothing() throws Exception {
        String sellerId = newSeller(US);
        Eventually.await(STATE_TTL.plusSeconds(30), "the state to expire",
                () -> Instant.now().isAfter(lapsing.expiresAt().plusSeconds(1)));
        assertEquals("expired", info(client, lapsing.id()).getString("status"));

        HttpResponse<String> late = flows.get(callback(flows.consent(lapsing, sellerId, "confirm")));

        assertReturnedWith(late, lapsing.id(), "error", "expired_state");
        assertEquals(0, storeCount(sellerId));
    }

    @Test
    @Order(30)
    void neitherTheLogNorTheStateTableHoldsAStateACodeOrAToken() throws Exception {
        String log = SandboxedGateway.serverLog(gateway);
        List<String> rows = authorizationRows();
        assertFalse(rows.isEmpty());
        for (String secret : SECRETS) {
            assertFalse(log.contains(secret), "the server log holds a state, code or token");
            rows.forEach(row -> assertFalse(row.contains(secret), "the state table holds a state, code or token"));
        }
        for (String row : rows) {
            assertTrue(row.split("\\|")[0].matches("[0-9a-f]{64}"), row);
        }
    }

    // --- helpers

    private static AuthorizationFlows.Started started(AuthorizationFlows.Started started) {
        SECRETS.add(started.state());
        return started;
    }

    private static String callback(String url) {
        String code = AuthorizationFlows.query(url).get("spapi_oauth_code");
        if (code != null) {
            SECRETS.add(code);
        }
        return url;
    }

    private String confirmInBrowser(String sellerId, String screenshot) throws Exception {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        wait.until(ExpectedConditions.elementToBeClickable(By.id("confirm")));
        new Select(browser.findElement(By.id("seller_id"))).selectByValue(sellerId);
        ConsoleBrowser.screenshot(browser, "authorization-" + screenshot + "-consent");
        browser.findElement(By.id("confirm")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("status")));
        ConsoleBrowser.screenshot(browser, "authorization-" + screenshot + "-returned");
        assertEquals("connected", browser.findElement(By.id("status")).getText(), browser.getPageSource());
        assertEquals(sellerId, browser.findElement(By.id("seller-id")).getText());
        assertFalse(browser.getCurrentUrl().contains(browser.findElement(By.id("store-key")).getText()),
                "the store key is never in a URL");
        return browser.findElement(By.id("store-key")).getText();
    }

    private static void assertReturnedWith(HttpResponse<String> answer, String id, String status, String error) {
        assertEquals(303, answer.statusCode(), answer.body());
        assertEquals("no-referrer", answer.headers().firstValue("Referrer-Policy").orElse(""));
        String location = answer.headers().firstValue("Location").orElseThrow();
        assertTrue(location.startsWith(site.returnUrl() + "?"), location);
        Map<String, String> query = AuthorizationFlows.query(location);
        assertEquals(id, query.get("authorization_id"), location);
        assertEquals(status, query.get("status"), location);
        assertEquals(error, query.get("error"), location);
        assertFalse(query.containsKey("store_key"), location);
    }

    private static JsonObject info(GatewayClient caller, String authorizationId) {
        JsonObject answer = caller.get("amazon.authorization.info", Map.of("authorization_id", authorizationId));
        assertEquals(0, answer.getInt("return_code"), answer.toString());
        return answer.getJsonObject("result");
    }

    /** product.list answers from the store; a first 107 (the report is being made) is followed as its contract says. */
    private static void assertProductsAnswer(String storeKey) throws InterruptedException {
        JsonObject[] last = new JsonObject[1];
        Eventually.await(Duration.ofSeconds(90), () -> "product.list: " + last[0], () -> {
            last[0] = client.get("product.list", Map.of("store_key", storeKey, "count", "5"));
            return last[0].getInt("return_code") == 0;
        });
        assertFalse(last[0].getJsonObject("result").getJsonArray("product").isEmpty(), last[0].toString());
    }

    private static String newSeller(String marketplace) {
        String sellerId = control.registerSeller(List.of(marketplace)).sellerId();
        control.setReportDurations(sellerId, Duration.ZERO, Duration.ZERO);
        control.updateCatalog(sellerId, catalog -> catalog.withSize(12).withSeed(sellerId.hashCode()));
        return sellerId;
    }

    private static int storeCount(String sellerId) {
        JsonObject carts = client.get("account.cart.list", Map.of());
        return (int) carts.getJsonObject("result").getJsonArray("carts").stream()
                .filter(cart -> sellerId.equals(cart.asJsonObject().getString("amazon_seller_id", "")))
                .count();
    }

    private static List<String> authorizationRows() throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection connection = database.dataSource().getConnection();
                Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("SELECT * FROM authorization_request")) {
            int columns = rs.getMetaData().getColumnCount();
            int stateColumn = rs.findColumn("state_hash");
            while (rs.next()) {
                StringBuilder row = new StringBuilder(rs.getString(stateColumn));
                for (int i = 1; i <= columns; i++) {
                    row.append('|').append(rs.getString(i));
                }
                rows.add(row.toString());
            }
        }
        return rows;
    }

    private static String sealedRefreshToken(String storeKey) throws SQLException {
        try (Connection connection = database.dataSource().getConnection();
                var statement = connection.prepareStatement(
                        "SELECT refresh_token FROM store_connection WHERE store_key = ?")) {
            statement.setString(1, storeKey);
            try (ResultSet rs = statement.executeQuery()) {
                assertTrue(rs.next());
                return rs.getString(1);
            }
        }
    }

    /** A second API account, written as the gateway writes one: its key kept only as a SHA-256 hash. */
    private static void addAccount(String apiKey) throws SQLException {
        String accountId = java.util.UUID.randomUUID().toString();
        try (Connection connection = database.dataSource().getConnection();
                var account = connection.prepareStatement(
                        "INSERT INTO api_account (id, name, created_at) VALUES (?, 'second', CURRENT_TIMESTAMP)");
                var key = connection.prepareStatement("INSERT INTO api_key (id, account_id, key_hash, key_hint,"
                        + " created_at) VALUES (?, ?, ?, ?, CURRENT_TIMESTAMP)")) {
            account.setString(1, accountId);
            account.executeUpdate();
            key.setString(1, java.util.UUID.randomUUID().toString());
            key.setString(2, accountId);
            key.setString(3, dev.spgateway.account.control.ApiKeyHasher.hash(apiKey));
            key.setString(4, apiKey.substring(apiKey.length() - 4));
            key.executeUpdate();
        }
    }
}
