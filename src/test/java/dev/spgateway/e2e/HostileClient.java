package dev.spgateway.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Set;

/**
 * Sends requests exactly as given, bytes that are not UTF-8 and repeated parameters included, and checks that
 * the answer is an API2Cart envelope with a documented return code: never HTML, never 9.
 */
final class HostileClient {

    /** API2Cart's codes as the README lists them, but 9 (internal error), which no client input may cause. */
    static final Set<Integer> DOCUMENTED = Set.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 10, 100, 101, 107, 109, 110, 111, 112,
            113, 114);

    /** HTTP/1.1 as API2Cart clients speak it; a refused HTTP/2 upgrade would only test the client library. */
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final String baseUrl;

    HostileClient(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    /** One request: the raw (already percent-encoded) query, a body with its type or none, an API key header or none. */
    JsonObject send(String verb, String method, String rawQuery, String contentType, byte[] body, String apiKey) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + "/v1.1/" + method + ".json"
                        + (rawQuery.isEmpty() ? "" : "?" + rawQuery)))
                .timeout(Duration.ofMinutes(1));
        if (apiKey != null) {
            request.header("x-api-key", apiKey);
        }
        if (body == null) {
            request.method(verb, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", contentType).method(verb, HttpRequest.BodyPublishers.ofByteArray(body));
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return envelope(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.body());
        } catch (IOException e) {
            throw new AssertionError("the gateway did not answer " + method, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** The envelope of an answer: HTTP 200, JSON, the three members, a documented code other than 9. */
    static JsonObject envelope(int status, String contentType, String body) {
        assertEquals(200, status, () -> "HTTP status of " + abbreviated(body));
        assertTrue(contentType.startsWith("application/json"), () -> "Content-Type of " + abbreviated(body));
        JsonObject envelope;
        try {
            envelope = Json.createReader(new StringReader(body)).readObject();
        } catch (JsonParsingException | ClassCastException e) {
            throw new AssertionError("not a JSON envelope: " + abbreviated(body), e);
        }
        assertEquals(JsonValue.ValueType.NUMBER, envelope.get("return_code").getValueType(), abbreviated(body));
        assertEquals(JsonValue.ValueType.STRING, envelope.get("return_message").getValueType(), abbreviated(body));
        assertTrue(envelope.containsKey("result"), abbreviated(body));
        assertTrue(DOCUMENTED.contains(envelope.getInt("return_code")), () -> "undocumented or internal error: "
                + abbreviated(body));
        return envelope;
    }

    static String abbreviated(String text) {
        return text.length() <= 300 ? text : text.substring(0, 300) + "… (" + text.length() + " characters)";
    }
}
