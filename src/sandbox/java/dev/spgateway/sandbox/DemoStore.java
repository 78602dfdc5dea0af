package dev.spgateway.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Connects the demo seller to the running gateway through its own API, as a client would; a restarted demo
 * finds the store it connected before.
 */
final class DemoStore {

    private static final ObjectMapper JSON = new ObjectMapper();

    private DemoStore() {
    }

    static String ensure(String gatewayUrl, String apiKey) throws IOException, InterruptedException {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("cart_id", "AmazonSP");
        parameters.put("amazon_seller_id", DemoLauncher.DEMO_SELLER_ID);
        parameters.put("amazon_sp_client_id", DemoLauncher.DEMO_CLIENT_ID);
        parameters.put("amazon_sp_client_secret", DemoLauncher.DEMO_CLIENT_SECRET);
        parameters.put("amazon_sp_refresh_token", DemoLauncher.DEMO_REFRESH_TOKEN);
        parameters.put("amazon_sp_aws_region", "us-east-1");
        parameters.put("custom_label", "Demo store (SP-API sandbox)");
        JsonNode added = call(gatewayUrl, apiKey, "POST", "account.cart.add", JSON.writeValueAsString(parameters));
        if (added.path("return_code").asInt() == 0) {
            return added.path("result").path("store_key").asText();
        }
        JsonNode carts = call(gatewayUrl, apiKey, "GET", "account.cart.list", null).path("result").path("carts");
        for (JsonNode cart : carts) {
            if (DemoLauncher.DEMO_SELLER_ID.equals(cart.path("amazon_seller_id").asText())) {
                return cart.path("store_key").asText();
            }
        }
        throw new IllegalStateException("the demo store could not be connected: " + added);
    }

    private static JsonNode call(String gatewayUrl, String apiKey, String verb, String method, String body)
            throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(gatewayUrl + "/v1.1/" + method + ".json"))
                .header("x-api-key", apiKey)
                .header("Content-Type", "application/json")
                .method(verb, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body))
                .build();
        HttpResponse<String> response = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(request, HttpResponse.BodyHandlers.ofString());
        return JSON.readTree(response.body());
    }
}
