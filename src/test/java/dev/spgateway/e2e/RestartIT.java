package dev.spgateway.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spgateway.launch.GatewayProcess;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The embedded H2 database lives in the data directory: a restart keeps accounts, keys and stores, and the
 * database file never holds a credential in the clear.
 */
class RestartIT {

    private static final String FIRST_KEY = "restart-test-first-key-0001";
    private static final String SECOND_KEY = "restart-test-second-key-0002";
    private static final String CLIENT_SECRET = "amzn1.oa2-cs.v1.restart-test-client-secret";
    private static final String REFRESH_TOKEN = "Atzr|restart-test-refresh-token";
    private static final String AWS_SECRET = "restart/test/aws/secret/access/key/00000";

    @Test
    void aRestartKeepsTheData() throws Exception {
        Path workDir = Path.of("target", "e2e", "restart-" + UUID.randomUUID());
        try (E2eDatabase database = E2eDatabase.forRun(workDir.resolve("data"))) {
            restartOn(database, workDir);
        }
    }

    private static void restartOn(E2eDatabase database, Path workDir) throws Exception {
        try (GatewayProcess first = database.configure(GatewayProcess.fromBuild(workDir))
                .property("spgateway.bootstrap.api-key", FIRST_KEY)
                .start()) {
            assertEquals(0, cartMethods(first, FIRST_KEY));
            assertEquals(2, cartMethods(first, SECOND_KEY));
            JsonObject added = new GatewayClient(first.baseUrl(), FIRST_KEY).post("account.cart.add", Map.of(
                    "cart_id", "AmazonSP",
                    "amazon_seller_id", "A2RESTARTSELLER1",
                    "amazon_sp_client_id", "amzn1.application-oa2-client.restart0000000000000000000000",
                    "amazon_sp_client_secret", CLIENT_SECRET,
                    "amazon_sp_refresh_token", REFRESH_TOKEN,
                    "amazon_sp_aws_region", "eu-west-1",
                    "amazon_sp_aws_user_key_id", "AKIARESTART00000TEST",
                    "amazon_sp_aws_user_secret", AWS_SECRET,
                    "amazon_sp_aws_role_arn", "arn:aws:iam::123456789012:role/Restart",
                    "verify", false));
            assertEquals(0, added.getInt("return_code"), added.toString());
        }

        String dump = database.dump();
        String log = Files.readString(workDir.resolve("server.log"));
        assertTrue(dump.contains("gcm2:"));
        for (String secret : List.of(CLIENT_SECRET, REFRESH_TOKEN, AWS_SECRET)) {
            assertFalse(dump.contains(secret), "a secret is in the database");
            assertFalse(log.contains(secret), "a secret is in the server log");
        }

        try (GatewayProcess second = database.configure(GatewayProcess.fromBuild(workDir))
                .property("spgateway.bootstrap.api-key", SECOND_KEY)
                .start()) {
            assertEquals(0, cartMethods(second, FIRST_KEY), "the first run's account survived the restart");
            assertEquals(0, cartMethods(second, SECOND_KEY));
            assertEquals(1, new GatewayClient(second.baseUrl(), FIRST_KEY).get("account.cart.list", Map.of())
                    .getJsonObject("result").getInt("carts_count"), "the store survived the restart");
        }
    }

    private static int cartMethods(GatewayProcess gateway, String key) throws Exception {
        HttpResponse<String> response = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(
                HttpRequest.newBuilder(URI.create(gateway.baseUrl() + "/v1.1/cart.methods.json"))
                        .header("x-api-key", key).build(),
                HttpResponse.BodyHandlers.ofString());
        return Json.createReader(new StringReader(response.body())).readObject().getInt("return_code");
    }
}
