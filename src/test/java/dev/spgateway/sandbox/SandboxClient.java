package dev.spgateway.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import dev.spgateway.sandbox.http.Json;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.HttpSigner;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A minimal SP-API client for the tests, recording every exchange for contract checks. */
final class SandboxClient {

    /** One request and its answer, as sent and received. */
    record Exchange(String method, String path, String rawQuery, Map<String, String> requestHeaders, byte[] requestBody,
                    int status, Map<String, List<String>> responseHeaders, byte[] responseBody) {

        JsonNode json() {
            return Json.parse(new String(responseBody, StandardCharsets.UTF_8));
        }

        String text() {
            return new String(responseBody, StandardCharsets.UTF_8);
        }

        String header(String name) {
            return responseHeaders.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }
    }

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final String baseUrl;
    final List<Exchange> exchanges = new ArrayList<>();

    SandboxClient(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    /** LWA refresh_token grant, form-encoded. */
    String accessToken(String clientId, String clientSecret, String refreshToken) {
        Exchange e = form(baseUrl + "/auth/o2/token", "grant_type=refresh_token&refresh_token=" + enc(refreshToken)
                + "&client_id=" + enc(clientId) + "&client_secret=" + enc(clientSecret));
        if (e.status() != 200) {
            throw new IllegalStateException("LWA answered " + e.status() + ": " + e.text());
        }
        return e.json().get("access_token").asText();
    }

    Exchange form(String url, String body) {
        return send("POST", url, Map.of("Content-Type", "application/x-www-form-urlencoded;charset=UTF-8"),
                body.getBytes(StandardCharsets.UTF_8));
    }

    Exchange get(String pathAndQuery, String token) {
        return send("GET", baseUrl + pathAndQuery, Map.of("x-amz-access-token", token), new byte[0]);
    }

    Exchange delete(String pathAndQuery, String token) {
        return send("DELETE", baseUrl + pathAndQuery, Map.of("x-amz-access-token", token), new byte[0]);
    }

    Exchange post(String pathAndQuery, String token, String json) {
        return send("POST", baseUrl + pathAndQuery, Map.of("x-amz-access-token", token, "Content-Type",
                "application/json"), json.getBytes(StandardCharsets.UTF_8));
    }

    /** Signs the request as the SDK would for execute-api, then optionally lets the test tamper with the body. */
    Exchange signed(String method, String pathAndQuery, String token, String json, AwsCredentialsIdentity credentials,
                    String region, Clock signingClock, byte[] sentBodyOverride) {
        URI uri = URI.create(baseUrl + pathAndQuery);
        byte[] body = json == null ? new byte[0] : json.getBytes(StandardCharsets.UTF_8);
        SdkHttpRequest.Builder request = SdkHttpRequest.builder().uri(uri).method(SdkHttpMethod.fromValue(method))
                .putHeader("x-amz-access-token", token);
        if (json != null) {
            request.putHeader("Content-Type", "application/json");
        }
        var signed = AwsV4HttpSigner.create().sign(r -> r.identity(credentials).request(request.build())
                .payload(ContentStreamProvider.fromByteArray(body))
                .putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, "execute-api")
                .putProperty(AwsV4HttpSigner.REGION_NAME, region)
                .putProperty(HttpSigner.SIGNING_CLOCK, signingClock));
        Map<String, String> headers = new LinkedHashMap<>();
        signed.request().forEachHeader((name, values) -> {
            if (!name.equalsIgnoreCase("Host")) {
                headers.put(name, values.get(0));
            }
        });
        return send(method, uri.toString(), headers, sentBodyOverride != null ? sentBodyOverride : body);
    }

    Exchange send(String method, String url, Map<String, String> headers, byte[] body) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .method(method, body.length == 0 ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body));
        headers.forEach(builder::header);
        try {
            HttpResponse<byte[]> response = http.send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
            URI uri = URI.create(url);
            Exchange e = new Exchange(method, uri.getPath(), uri.getRawQuery(), headers, body, response.statusCode(),
                    response.headers().map(), response.body());
            exchanges.add(e);
            return e;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Downloads without recording (documents are not SP-API exchanges). */
    HttpResponse<byte[]> download(String url) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    static String enc(String s) {
        return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
