package dev.spgateway.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.spgateway.sandbox.SpApiSandbox;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The seller's browser in the authorization workflows, step by step over plain HTTP without following
 * redirects, so that a test can hold on to each URL (and replay or alter it): start, Seller Central's consent,
 * the gateway's callback.
 */
final class AuthorizationFlows {

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
    private final SpApiSandbox sandbox;

    AuthorizationFlows(SpApiSandbox sandbox) {
        this.sandbox = sandbox;
    }

    record Started(String id, String url, Instant expiresAt) {

        String state() {
            return query(url).get("state");
        }
    }

    static Started start(GatewayClient client, String region, String returnUrl) {
        JsonObject answer = client.post("amazon.authorization.start",
                Map.of("amazon_sp_aws_region", region, "return_url", returnUrl));
        assertEquals(0, answer.getInt("return_code"), answer.toString());
        JsonObject result = answer.getJsonObject("result");
        return new Started(result.getString("authorization_id"), result.getString("authorization_url"),
                Instant.parse(result.getString("expires_at")));
    }

    /** The seller signs in at the consent page and confirms or cancels: the URL Amazon redirects to. */
    String consent(Started started, String sellerId, String decision) throws IOException, InterruptedException {
        Map<String, String> query = query(started.url());
        Map<String, String> form = new LinkedHashMap<>();
        form.put("application_id", query.get("application_id"));
        form.put("state", query.get("state"));
        form.put("redirect_uri", query.get("redirect_uri"));
        form.put("seller_id", sellerId);
        form.put("decision", decision);
        HttpResponse<String> answer = send(HttpRequest.newBuilder(URI.create(sandbox.baseUrl() + "/apps/authorize/confirm"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encode(form))).build());
        assertEquals(302, answer.statusCode(), answer.body());
        return answer.headers().firstValue("Location").orElseThrow();
    }

    HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(url)).GET().build());
    }

    private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    static Map<String, String> query(String url) {
        String raw = URI.create(url).getRawQuery();
        Map<String, String> values = new LinkedHashMap<>();
        for (String pair : raw == null ? new String[0] : raw.split("&")) {
            int eq = pair.indexOf('=');
            values.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                    URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return values;
    }

    static String withQuery(String url, Map<String, String> changes) {
        Map<String, String> values = query(url);
        values.putAll(changes);
        values.values().removeIf(value -> value == null);
        String base = url.substring(0, url.indexOf('?'));
        return base + "?" + encode(values);
    }

    private static String encode(Map<String, String> values) {
        return values.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }
}
