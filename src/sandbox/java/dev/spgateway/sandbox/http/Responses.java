package dev.spgateway.sandbox.http;

import com.sun.net.httpserver.HttpExchange;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Writes complete responses; streaming documents write to the exchange themselves. */
public final class Responses {

    private Responses() {
    }

    public static void json(HttpExchange exchange, int status, Object body, Map<String, String> headers) throws IOException {
        send(exchange, status, "application/json", body == null ? new byte[0] : Json.bytes(body), headers);
    }

    public static void xml(HttpExchange exchange, int status, String xml, Map<String, String> headers) throws IOException {
        send(exchange, status, "text/xml", xml.getBytes(StandardCharsets.UTF_8), headers);
    }

    public static void send(HttpExchange exchange, int status, String contentType, byte[] body,
                            Map<String, String> headers) throws IOException {
        headers.forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
        if (contentType != null) {
            exchange.getResponseHeaders().set("Content-Type", contentType);
        }
        // 204 and friends must not announce a body
        boolean empty = body.length == 0;
        exchange.sendResponseHeaders(status, empty ? -1 : body.length);
        if (!empty) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
        exchange.close();
    }
}
