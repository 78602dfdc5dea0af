package dev.spgateway.api.control;

import dev.spgateway.platform.control.JsonDocuments;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Merges a call's parameters from the query string and the body (JSON object or form), the body winning.
 * Sizes are bounded so that no input can make the gateway hold an unbounded request in memory.
 */
public final class RequestParameters {

    /** Parameters that are credentials: kept out of the parameter map so they can never be echoed or logged. */
    public static final List<String> KEY_PARAMETERS = List.of("api_key", "store_key");

    private final int maxBodyBytes;

    public RequestParameters(int maxBodyBytes) {
        this.maxBodyBytes = maxBodyBytes;
    }

    public Map<String, String> merge(Map<String, List<String>> query, String contentType, InputStream body) {
        Map<String, String> parameters = new LinkedHashMap<>();
        query.forEach((name, values) -> parameters.put(name, String.join(",", values)));
        String text = readBody(body);
        if (!text.isBlank()) {
            parameters.putAll(isForm(contentType) ? parseForm(text) : parseJson(text));
        }
        return parameters;
    }

    private String readBody(InputStream body) {
        if (body == null) {
            return "";
        }
        try {
            byte[] bytes = body.readNBytes(maxBodyBytes + 1);
            if (bytes.length > maxBodyBytes) {
                throw new ApiException(ReturnCode.INCORRECT_PARAMETER,
                        "Request body is larger than " + maxBodyBytes + " bytes");
            }
            return new String(bytes, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ApiException(ReturnCode.INCORRECT_PARAMETER, "Request body could not be read");
        }
    }

    private static boolean isForm(String contentType) {
        return contentType != null && contentType.toLowerCase(java.util.Locale.ROOT)
                .startsWith("application/x-www-form-urlencoded");
    }

    static Map<String, String> parseForm(String text) {
        Map<String, String> parameters = new LinkedHashMap<>();
        for (String pair : text.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            parameters.merge(name, value, (a, b) -> a + "," + b);
        }
        return parameters;
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new ApiException(ReturnCode.INCORRECT_PARAMETER, "Malformed form body");
        }
    }

    static Map<String, String> parseJson(String text) {
        JsonObject object;
        try (var reader = JsonDocuments.reader(text)) {
            JsonValue value = reader.readValue();
            if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                throw new ApiException(ReturnCode.INCORRECT_PARAMETER, "Request body must be a JSON object");
            }
            object = value.asJsonObject();
        } catch (JsonParsingException e) {
            throw new ApiException(ReturnCode.INCORRECT_PARAMETER,
                    "Malformed JSON body at line " + e.getLocation().getLineNumber()
                            + ", column " + e.getLocation().getColumnNumber());
        } catch (JsonException e) {
            throw new ApiException(ReturnCode.INCORRECT_PARAMETER, "Malformed JSON body");
        }
        Map<String, String> parameters = new LinkedHashMap<>();
        object.forEach((name, value) -> {
            if (value.getValueType() != JsonValue.ValueType.NULL) {
                parameters.put(name, asText(value));
            }
        });
        return parameters;
    }

    private static String asText(JsonValue value) {
        return value instanceof JsonString string ? string.getString() : value.toString();
    }
}
