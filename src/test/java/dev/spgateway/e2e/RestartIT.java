package dev.spgateway.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.spgateway.launch.GatewayProcess;
import jakarta.json.Json;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The embedded H2 database lives in the data directory: a restart keeps accounts and keys. */
class RestartIT {

    private static final String FIRST_KEY = "restart-test-first-key-0001";
    private static final String SECOND_KEY = "restart-test-second-key-0002";

    @Test
    void aRestartKeepsTheData() throws Exception {
        Path workDir = Path.of("target", "e2e", "restart-" + UUID.randomUUID());
        String dataDir = "./" + workDir.resolve("data");

        try (GatewayProcess first = GatewayProcess.fromBuild(workDir)
                .property("spgateway.data-dir", dataDir)
                .property("spgateway.bootstrap.api-key", FIRST_KEY)
                .start()) {
            assertEquals(0, cartMethods(first, FIRST_KEY));
            assertEquals(2, cartMethods(first, SECOND_KEY));
        }

        try (GatewayProcess second = GatewayProcess.fromBuild(workDir)
                .property("spgateway.data-dir", dataDir)
                .property("spgateway.bootstrap.api-key", SECOND_KEY)
                .start()) {
            assertEquals(0, cartMethods(second, FIRST_KEY), "the first run's account survived the restart");
            assertEquals(0, cartMethods(second, SECOND_KEY));
        }
    }

    private static int cartMethods(GatewayProcess gateway, String key) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(gateway.baseUrl() + "/v1.1/cart.methods.json"))
                        .header("x-api-key", key).build(),
                HttpResponse.BodyHandlers.ofString());
        return Json.createReader(new StringReader(response.body())).readObject().getInt("return_code");
    }
}
