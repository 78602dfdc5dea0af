package dev.spgateway.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spgateway.launch.GatewayProcess;
import dev.spgateway.persistence.TestDatabase;
import dev.spgateway.sandbox.SpApiSandbox;
import dev.spgateway.sandbox.control.Fault;
import dev.spgateway.sandbox.control.SandboxControl;
import jakarta.json.JsonObject;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What the Amazon path answers when something fails: Login with Amazon's server errors are retried like the
 * SP-API's and only its refusals are final at once; a failure of the gateway's own (a stored secret that
 * cannot be decrypted) is 9 with a correlation id that the log carries with the stack trace, never 100 with
 * the exception's text.
 */
class AmazonPathFailuresIT {

    private static final String KEY = "amazon-path-failures-it-key-0001";
    private static final String LWA = "lwaToken";
    private static final Pattern CORRELATION_ID = Pattern.compile("correlation id ([0-9a-f-]{36})");

    private static SpApiSandbox sandbox;
    private static SandboxControl control;
    private static TestDatabase database;
    private static GatewayProcess gateway;
    private static GatewayClient client;

    @BeforeAll
    static void start() throws Exception {
        database = TestDatabase.postgresql();
        sandbox = SpApiSandbox.start();
        control = sandbox.control();
        Path workDir = SandboxedGateway.workDir("amazon-path-failures");
        gateway = SandboxedGateway.onDatabase(SandboxedGateway.configure(GatewayProcess.fromBuild(workDir), sandbox)
                .property("spgateway.data-dir", "./" + workDir.resolve("data"))
                .property("spgateway.bootstrap.api-key", KEY), database.jdbcUrl(), database.user())
                .start();
        client = new GatewayClient(gateway.baseUrl(), KEY);
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

    @BeforeEach
    void freshCallLog() {
        control.clearFaults();
        control.clearCalls();
    }

    @Test
    void oneLwaServerErrorDuringCartAddIsRetried() {
        control.scriptFault(LWA, Fault.status(503), 1);

        JsonObject added = client.post("account.cart.add", newSeller());

        assertEquals(0, added.getInt("return_code"), added.toString());
        assertEquals(2, control.callCount(LWA));
    }

    @Test
    void lwaServerErrorsThatOutlastTheRetriesAre100WithTheReason() {
        control.scriptFault(LWA, Fault.status(503), 10);

        JsonObject added = client.post("account.cart.add", newSeller());

        assertEquals(100, added.getInt("return_code"), added.toString());
        String message = added.getString("return_message");
        assertTrue(message.contains("HTTP 503") && message.contains("server_error"), message);
        assertTrue(message.contains("try again later"), message);
        assertEquals(4, control.callCount(LWA), "the first exchange and three retries");
    }

    @Test
    void aRefusedRefreshTokenIsNotRetried() {
        Map<String, Object> seller = newSeller();
        control.revokeRefreshToken((String) seller.get("amazon_sp_refresh_token"));

        JsonObject added = client.post("account.cart.add", seller);

        assertEquals(100, added.getInt("return_code"), added.toString());
        assertTrue(added.getString("return_message").contains("invalid_grant"), added.toString());
        assertEquals(1, control.callCount(LWA));
    }

    @Test
    void aStoredSecretThatCannotBeDecryptedIs9WithACorrelationIdInTheLog() throws Exception {
        Map<String, Object> seller = newSeller();
        JsonObject added = client.post("account.cart.add", seller);
        assertEquals(0, added.getInt("return_code"), added.toString());
        String storeKey = added.getJsonObject("result").getString("store_key");
        try (Connection connection = database.dataSource().getConnection(); PreparedStatement update =
                connection.prepareStatement("UPDATE store_connection SET client_secret = ? WHERE store_key = ?")) {
            update.setString(1, "gcm1:retiredkey0:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");
            update.setString(2, storeKey);
            assertEquals(1, update.executeUpdate());
        }

        JsonObject list = client.get("product.list", Map.of("store_key", storeKey));

        assertEquals(9, list.getInt("return_code"), list.toString());
        String message = list.getString("return_message");
        assertFalse(message.contains("retiredkey0") || message.contains("decrypt"), "no raw exception text: " + message);
        Matcher id = CORRELATION_ID.matcher(message);
        assertTrue(id.find(), message);
        String log = SandboxedGateway.serverLog(gateway);
        int logged = log.indexOf("Unexpected failure, correlation id " + id.group(1));
        assertTrue(logged >= 0, "the correlation id is in the server log");
        assertTrue(log.indexOf("\tat ", logged) > logged, "with the stack trace");
    }

    private static Map<String, Object> newSeller() {
        SandboxControl.AppCredentials app = control.registerApplication(false);
        String sellerId = control.registerSeller(List.of(SandboxStores.US)).sellerId();
        String refreshToken = control.authorize(sellerId, app.clientId());
        return SandboxStores.cartAddParameters(app, sellerId, refreshToken, "us-east-1");
    }
}
