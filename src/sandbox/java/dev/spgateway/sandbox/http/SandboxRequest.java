package dev.spgateway.sandbox.http;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One incoming request, read fully (bodies here are small JSON or form documents). */
public record SandboxRequest(String method, URI uri, Headers headers, byte[] body, Map<String, List<String>> query) {

    public static SandboxRequest read(HttpExchange exchange) throws IOException {
        byte[] body = exchange.getRequestBody().readAllBytes();
        URI uri = exchange.getRequestURI();
        return new SandboxRequest(exchange.getRequestMethod().toUpperCase(), uri, exchange.getRequestHeaders(), body,
                parseForm(uri.getRawQuery()));
    }

    public String path() {
        return uri.getPath();
    }

    public String header(String name) {
        return headers.getFirst(name);
    }

    public String queryParam(String name) {
        List<String> values = query.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    /** Query values with Amazon's csv collection format and repeated parameters both flattened. */
    public List<String> queryList(String name) {
        List<String> out = new ArrayList<>();
        for (String value : query.getOrDefault(name, List.of())) {
            for (String part : value.split(",")) {
                if (!part.isBlank()) {
                    out.add(part.trim());
                }
            }
        }
        return out;
    }

    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }

    public boolean isForm() {
        String type = header("Content-Type");
        return type != null && type.toLowerCase().startsWith("application/x-www-form-urlencoded");
    }

    public static Map<String, List<String>> parseForm(String raw) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return out;
        }
        for (String pair : raw.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            out.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
        }
        return out;
    }
}
