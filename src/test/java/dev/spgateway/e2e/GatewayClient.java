package dev.spgateway.e2e;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;

/** Calls the running gateway the way an API2Cart client does and returns the parsed envelope. */
final class GatewayClient {

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
    private final String baseUrl;
    private final String apiKey;
    private final Duration timeout;

    GatewayClient(String baseUrl, String apiKey) {
        this(baseUrl, apiKey, Duration.ofMinutes(2));
    }

    private GatewayClient(String baseUrl, String apiKey, Duration timeout) {
        this.baseUrl = baseUrl;
        this.apiKey = apiKey;
        this.timeout = timeout;
    }

    GatewayClient withApiKey(String otherKey) {
        return new GatewayClient(baseUrl, otherKey, timeout);
    }

    /** A client that gives up (an AssertionError) when an answer takes longer than {@code timeout}. */
    GatewayClient withTimeout(Duration otherTimeout) {
        return new GatewayClient(baseUrl, apiKey, otherTimeout);
    }

    JsonObject get(String method, Map<String, String> query) {
        return send("GET", method + ".json?" + encode(query), null);
    }

    JsonObject post(String method, Map<String, ?> body) {
        return send("POST", method + ".json", json(body));
    }

    /** A JSON body exactly as given, such as a notification Amazon sent. */
    JsonObject postJson(String method, String body) {
        return send("POST", method + ".json", body);
    }

    JsonObject put(String method, Map<String, ?> body) {
        return send("PUT", method + ".json", json(body));
    }

    JsonObject delete(String method, Map<String, String> query) {
        return send("DELETE", method + ".json?" + encode(query), null);
    }

    private JsonObject send(String verb, String path, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + "/v1.1/" + path))
                .timeout(timeout)
                .header("x-api-key", apiKey);
        if (body == null) {
            request.method(verb, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(verb, HttpRequest.BodyPublishers.ofString(body));
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new AssertionError("HTTP " + response.statusCode() + " for " + path + ": " + response.body());
            }
            return Json.createReader(new StringReader(response.body())).readObject();
        } catch (IOException e) {
            throw new AssertionError("the gateway did not answer " + path, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static String json(Map<String, ?> body) {
        JsonObjectBuilder builder = Json.createObjectBuilder();
        body.forEach((name, value) -> {
            if (value instanceof Boolean bool) {
                builder.add(name, bool);
            } else if (value instanceof Number number) {
                builder.add(name, number.longValue());
            } else {
                builder.add(name, String.valueOf(value));
            }
        });
        return builder.build().toString();
    }

    private static String encode(Map<String, String> query) {
        return query.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
