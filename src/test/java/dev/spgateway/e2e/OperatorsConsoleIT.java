package dev.spgateway.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spgateway.e2e.SandboxStores.Store;
import dev.spgateway.launch.GatewayProcess;
import dev.spgateway.sandbox.SpApiSandbox;
import dev.spgateway.sandbox.control.SandboxControl;
import jakarta.json.JsonObject;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.OAuth2Config;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The operators' console in a real browser: the WAR on Payara Micro signing operators in through an OpenID
 * Connect provider (mock-oauth2-server, whose login form lets the test choose the user and their groups),
 * Amazon played by the sandbox. Screenshots land in target/screenshots.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OperatorsConsoleIT {

    private static final String KEY = "console-it-account-key-0001";
    private static final String ISSUER_ID = "operators";
    private static final String ADMIN_GROUPS = "{\"groups\": [\"spgateway-admin\", \"staff\"]}";

    private static MockOAuth2Server provider;
    private static String issuer;
    private static SpApiSandbox sandbox;
    private static Path workDir;
    private static E2eDatabase database;
    private static GatewayProcess gateway;
    private static GatewayClient client;
    private static ChromeDriver browser;
    private static WebDriverWait wait;
    private static Store pending;
    private static Store cached;

    @BeforeAll
    static void start() throws Exception {
        workDir = SandboxedGateway.workDir("console");
        browser = ConsoleBrowser.start(workDir.resolve("chromium-profile"));
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.ignoring(StaleElementReferenceException.class);
        provider = new MockOAuth2Server(OAuth2Config.Companion.fromJson("{\"interactiveLogin\": true}"));
        provider.start(InetAddress.getByName("127.0.0.1"), SandboxedGateway.freePort());
        issuer = "http://127.0.0.1:" + provider.baseUrl().port() + "/" + ISSUER_ID;
        sandbox = SpApiSandbox.start();
        database = E2eDatabase.forRun(workDir.resolve("data"));
        gateway = database.configure(SandboxedGateway.configure(GatewayProcess.fromBuild(workDir), sandbox))
                .property("spgateway.bootstrap.api-key", KEY)
                .property("spgateway.report.max-wait", "PT1S")
                .property("spgateway.oidc.provider-uri", issuer)
                .property("spgateway.oidc.client-id", "spgateway-console")
                .property("spgateway.oidc.client-secret", "console-client-secret")
                .start();
        client = new GatewayClient(gateway.baseUrl(), KEY);

        SandboxControl control = sandbox.control();
        pending = SandboxStores.connect(control, client, 20, Duration.ofHours(1));
        cached = SandboxStores.connect(control, client, 30, Duration.ZERO);
        assertEquals(107, client.get("product.list", Map.of("store_key", pending.key())).getInt("return_code"));
        assertEquals(0, client.get("product.list", Map.of("store_key", cached.key())).getInt("return_code"));
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (gateway != null) {
            gateway.stop();
        }
        if (sandbox != null) {
            sandbox.stop();
        }
        if (provider != null) {
            provider.shutdown();
        }
        if (database != null) {
            database.close();
        }
    }

    @Test
    @Order(1)
    void theConsoleSendsAnUnknownVisitorToTheProvider() throws Exception {
        browser.get(gateway.baseUrl() + "/admin/");

        wait.until(ExpectedConditions.presenceOfElementLocated(By.name("username")));
        assertTrue(browser.getCurrentUrl().startsWith(issuer + "/authorize"), browser.getCurrentUrl());
        assertTrue(browser.getCurrentUrl().contains("client_id=spgateway-console"), browser.getCurrentUrl());
        ConsoleBrowser.screenshot(browser, "01-login-redirect");
    }

    @Test
    @Order(2)
    void aSignedInUserWithoutTheRoleGets403() throws Exception {
        signIn("visitor", "{\"groups\": [\"staff\"]}");

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Access denied"));
        ConsoleBrowser.screenshot(browser, "02-forbidden");
        assertEquals(403L, browser.executeScript(
                "return performance.getEntriesByType('navigation')[0].responseStatus;"));
        // the console's own calls: JSON, not the provider's sign-in page
        assertEquals(List.of(403L, "application/json;charset=UTF-8"), fetchAnswer("api/stores").subList(0, 2));
        assertTrue(String.valueOf(fetchAnswer("api/stores").get(2)).contains("spgateway-admin"));
        browser.manage().deleteAllCookies();
    }

    @Test
    @Order(3)
    void anAdminSeesStoresPendingReportsAndTheCache() throws Exception {
        browser.get(gateway.baseUrl() + "/admin/");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.name("username")));
        // the provider runs on the same host, so the browser shows the gateway's cookie here too
        String beforeSignIn = browser.manage().getCookieNamed("JSESSIONID").getValue();
        signIn("operator", ADMIN_GROUPS);

        By stores = By.id("stores-table");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(stores, pending.sellerId()));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(stores, cached.sellerId()));
        assertTrue(text(By.id("user")).contains("operator"));
        Cookie session = browser.manage().getCookieNamed("JSESSIONID");
        assertNotEquals(beforeSignIn, session.getValue(), "the session id changes at sign-in");
        assertTrue(session.isSecure() && session.isHttpOnly(), session.toString());
        assertEquals(401, consoleStatus("api/session", beforeSignIn), "the id from before sign-in opens nothing");
        assertTrue(text(stores).contains("verified"));
        ConsoleBrowser.screenshot(browser, "03-stores");

        click(By.id("nav-reports"));
        By reports = By.id("reports-table");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(reports, pending.sellerId()));
        String pendingReports = text(reports);
        assertTrue(pendingReports.contains("IN_QUEUE") || pendingReports.contains("IN_PROGRESS"), pendingReports);
        assertFalse(pendingReports.contains(cached.sellerId()));
        ConsoleBrowser.screenshot(browser, "04-pending-reports");

        click(By.id("nav-cache"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("cache-table"), cached.sellerId()));
        assertEquals("1", text(By.id("cache-entries")));
        // the budget: half of the shipped 512 MB heap
        assertTrue(text(By.id("cache-size")).endsWith(" of 256.0 MiB"), text(By.id("cache-size")));
        ConsoleBrowser.screenshot(browser, "05-report-cache");
    }

    @Test
    @Order(4)
    void rotationAlertsAreListed() throws Exception {
        SandboxControl control = sandbox.control();
        Store refused = SandboxStores.connect(control, client, 5, Duration.ZERO);
        control.expireClientSecret(refused.clientId());
        sandbox.testClock().advance(Duration.ofMinutes(61));
        assertEquals(0, client.get("cart.validate", Map.of("store_key", refused.key())).getInt("return_code"));

        click(By.id("nav-rotation"));
        By alerts = By.id("rotation-table");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(alerts, refused.sellerId()));
        assertTrue(text(alerts).contains("EXPIRED"));
        ConsoleBrowser.screenshot(browser, "05b-rotation-alerts");
        click(By.id("nav-stores"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("stores-table"), refused.sellerId()));
        click(By.id("nav-cache"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("cache-entries")));
    }

    @Test
    @Order(5)
    void purgeEmptiesTheCache() throws Exception {
        click(By.cssSelector("#cache-table tr[data-key] button[data-action=purge]"));

        wait.until(ExpectedConditions.textToBe(By.id("cache-entries"), "0"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("cache-table"), "The cache is empty."));
        ConsoleBrowser.screenshot(browser, "06-cache-purged");
        // the next product call has to read the report again
        assertEquals(0, client.get("product.count", Map.of("store_key", cached.key())).getInt("return_code"));
    }

    @Test
    @Order(6)
    void anAccountAndItsKeyAreCreatedShownOnceAndDisabled() throws Exception {
        click(By.id("nav-accounts"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("account-name"))).sendKeys("Partner Inc");
        click(By.id("create-account"));

        String apiKey = text(By.id("new-api-key"));
        ConsoleBrowser.screenshot(browser, "07-new-api-key");
        GatewayClient partner = client.withApiKey(apiKey);
        assertEquals(0, partner.get("account.cart.list", Map.of()).getInt("return_code"));

        String partnerRow = "//table[@id='accounts-table']//tr[td[1][text()='Partner Inc']]";
        click(By.xpath(partnerRow + "//button[@data-action='disable']"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.xpath(partnerRow), "disabled"));
        JsonObject refused = partner.get("account.cart.list", Map.of());
        assertEquals(6, refused.getInt("return_code"), refused.toString());
    }

    @Test
    @Order(7)
    void aChangeWithoutTheCsrfTokenIsRejected() throws Exception {
        assertEquals(403L, fetchStatus("POST", "api/cache/purge-all", null));
        assertEquals(403L, fetchStatus("POST", "api/cache/purge-all", "not-the-session-token"));
        String body = (String) browser.executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch('api/cache/purge-all', {method: 'POST'}).then(r => r.text()).then(done);");
        assertTrue(body.contains("CSRF"), body);
        assertEquals(200L, fetchStatus("POST", "api/cache/purge-all", csrfToken()));
        assertEquals(403L, fetchStatus("POST", "api/stores/" + "x/recheck", null));
    }

    @Test
    @Order(7)
    void theConsolesCallsAnswerInJsonAlsoWhenRefused() throws Exception {
        String token = csrfToken();
        List<Object> recheck = fetchAnswer("POST", "api/stores/" + cached.key() + "/recheck", token);
        assertEquals(List.of(200L, "application/json;charset=UTF-8"), recheck.subList(0, 2));
        assertTrue(String.valueOf(recheck.get(2)).contains("\"valid\":true"), String.valueOf(recheck.get(2)));

        assertEquals(List.of(404L, "application/json;charset=UTF-8", "{\"error\":\"not found\"}"),
                fetchAnswer("POST", "api/stores/no-such-store/recheck", token));
        assertEquals(List.of(404L, "application/json;charset=UTF-8", "{\"error\":\"not found\"}"),
                fetchAnswer("GET", "api/no-such-page", null));
        assertEquals(List.of(405L, "application/json;charset=UTF-8", "{\"error\":\"method not allowed\"}"),
                fetchAnswer("GET", "api/stores/" + cached.key() + "/recheck", null));
        List<Object> nameless = fetchAnswer("POST", "api/accounts", token);
        assertEquals(List.of(400L, "application/json;charset=UTF-8"), nameless.subList(0, 2));
        assertTrue(String.valueOf(nameless.get(2)).contains("name of 1 to 200 characters"), nameless.toString());
    }

    @Test
    @Order(8)
    void logoutEndsTheSession() throws Exception {
        browser.findElement(By.id("logout")).click();

        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("signed-out")));
        assertTrue(browser.getCurrentUrl().startsWith(gateway.baseUrl() + "/admin/logged-out.html"),
                browser.getCurrentUrl());
        ConsoleBrowser.screenshot(browser, "08-signed-out");

        browser.get(gateway.baseUrl() + "/admin/");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.name("username")));
        assertTrue(browser.getCurrentUrl().startsWith(issuer), browser.getCurrentUrl());
    }

    @Test
    @Order(9)
    void theRoleIsCheckedAgainWhenTheIdTokenExpires() throws Exception {
        // the next sign-in's ID token lives 30 s; the mechanism counts it expired 10 s before that
        provider.enqueueCallback(new DefaultOAuth2TokenCallback(ISSUER_ID, "operator", "JWT",
                List.of("spgateway-console"), Map.of(), 30));
        browser.get(gateway.baseUrl() + "/admin/");
        signIn("operator", ADMIN_GROUPS);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("stores-table"), cached.sellerId()));

        // the page's next call after that answers 401, and the page signs in again at the provider
        new WebDriverWait(browser, Duration.ofSeconds(90))
                .until(ExpectedConditions.presenceOfElementLocated(By.name("username")));
        assertTrue(browser.getCurrentUrl().startsWith(issuer), browser.getCurrentUrl());
        // meanwhile the provider took the role away: the new sign-in decides anew
        signIn("operator", "{\"groups\": [\"staff\"]}");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Access denied"));
        ConsoleBrowser.screenshot(browser, "09-role-checked-again");
        browser.manage().deleteAllCookies();
    }

    /** Clicks once the element is there; the console re-renders its pages every few seconds. */
    private static void click(By locator) {
        wait.until(driver -> {
            try {
                driver.findElement(locator).click();
                return true;
            } catch (StaleElementReferenceException | NoSuchElementException rendering) {
                return false;
            }
        });
    }

    private static String text(By locator) {
        return wait.until(driver -> {
            try {
                String text = driver.findElement(locator).getText();
                return text.isEmpty() ? null : text;
            } catch (StaleElementReferenceException | NoSuchElementException rendering) {
                return null;
            }
        });
    }

    private static void signIn(String user, String claims) {
        WebElement username = wait.until(ExpectedConditions.presenceOfElementLocated(By.name("username")));
        username.sendKeys(user);
        WebElement claimsField = browser.findElement(By.name("claims"));
        claimsField.clear();
        claimsField.sendKeys(claims);
        browser.findElement(By.cssSelector("input[type=submit]")).click();
    }

    /** Status, content type and body of a GET the page makes to the console. */
    private static List<Object> fetchAnswer(String path) {
        return fetchAnswer("GET", path, null);
    }

    /** Status, content type and body of a call the page makes to the console, with the given CSRF token or none. */
    @SuppressWarnings("unchecked")
    private static List<Object> fetchAnswer(String method, String path, String csrfToken) {
        return (List<Object>) browser.executeAsyncScript(
                "const [method, path, token, done] = arguments;"
                        + "const headers = token ? {'X-CSRF-Token': token} : {};"
                        + "fetch(path, {method, headers, redirect: 'manual'}).then(r => r.text().then(t => "
                        + "done([r.status, r.headers.get('content-type'), t])));", method, path, csrfToken);
    }

    /** The session's CSRF token, as the page obtains it. */
    private static String csrfToken() {
        return (String) browser.executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch('api/session').then(r => r.json()).then(s => done(s.csrf_token));");
    }

    /** The HTTP status of a console call made outside the browser with the given session id. */
    private static int consoleStatus(String path, String sessionId) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(gateway.baseUrl() + "/admin/" + path))
                .header("Cookie", "JSESSIONID=" + sessionId).timeout(Duration.ofSeconds(30)).build();
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    /** The HTTP status of a call the page makes to the console, with the given CSRF token or none. */
    private static Object fetchStatus(String method, String path, String csrfToken) {
        return fetchAnswer(method, path, csrfToken).get(0);
    }

}
