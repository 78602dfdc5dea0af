package dev.spgateway.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.spgateway.sandbox.http.SandboxRequest;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

/**
 * A few pages standing in for an integrator's website, on a loopback port: {@code /connect?region=…} starts the
 * website workflow, {@code /login} is the Appstore login URI, {@code /return} is the return URL, which shows the
 * outcome and, once connected, the store that {@code amazon.authorization.info} reports.
 */
public final class DemoIntegratorSite implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String gatewayUrl;
    private final String apiKey;
    private final HttpServer server;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private DemoIntegratorSite(String gatewayUrl, String apiKey) throws IOException {
        this.gatewayUrl = gatewayUrl;
        this.apiKey = apiKey;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
        server.createContext("/", this::handle);
        server.start();
    }

    public static DemoIntegratorSite start(String gatewayUrl, String apiKey) throws IOException {
        return new DemoIntegratorSite(gatewayUrl, apiKey);
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public String returnUrl() {
        return baseUrl() + "/return";
    }

    public String loginUrl() {
        return baseUrl() + "/login";
    }

    public String connectUrl(String awsRegion) {
        return baseUrl() + "/connect?region=" + awsRegion;
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try {
            SandboxRequest request = SandboxRequest.read(exchange);
            switch (request.path()) {
                case "/connect" -> started(exchange, start(Map.of("amazon_sp_aws_region",
                        orEmpty(request.queryParam("region")), "return_url", returnUrl())));
                case "/login" -> started(exchange, start(Map.of("amazon_sp_aws_region",
                        request.queryParam("region") == null ? "us-east-1" : request.queryParam("region"),
                        "return_url", returnUrl(), "amazon_callback_uri", orEmpty(request.queryParam("amazon_callback_uri")),
                        "amazon_state", orEmpty(request.queryParam("amazon_state")))));
                case "/return" -> returned(exchange, request);
                default -> page(exchange, 404, "<h1>Not found</h1>");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            page(exchange, 500, "<h1>Interrupted</h1>");
        } catch (IOException | RuntimeException e) {
            page(exchange, 502, "<h1>The gateway did not answer</h1><p>" + escape(e.getClass().getSimpleName()) + "</p>");
        }
    }

    private JsonNode start(Map<String, String> parameters) throws IOException, InterruptedException {
        return call("POST", "amazon.authorization.start", JSON.writeValueAsString(parameters));
    }

    private void started(HttpExchange exchange, JsonNode answer) throws IOException {
        if (answer.path("return_code").asInt(-1) != 0) {
            page(exchange, 400, "<h1>Could not start</h1><p id=\"message\">"
                    + escape(answer.path("return_message").asText()) + "</p>");
            return;
        }
        exchange.getResponseHeaders().set("Location", answer.path("result").path("authorization_url").asText());
        exchange.sendResponseHeaders(302, -1);
        exchange.close();
    }

    private void returned(HttpExchange exchange, SandboxRequest request) throws IOException, InterruptedException {
        String status = orEmpty(request.queryParam("status"));
        String id = orEmpty(request.queryParam("authorization_id"));
        StringBuilder body = new StringBuilder("<h1>Amazon account</h1><p>Status: <span id=\"status\">")
                .append(escape(status)).append("</span></p><p>Error: <span id=\"error\">")
                .append(escape(orEmpty(request.queryParam("error")))).append("</span></p><p>Authorization: <span"
                        + " id=\"authorization-id\">").append(escape(id)).append("</span></p>");
        if ("connected".equals(status)) {
            JsonNode info = call("GET", "amazon.authorization.info?authorization_id="
                    + URLEncoder.encode(id, StandardCharsets.UTF_8), null).path("result");
            body.append("<p>Seller: <span id=\"seller-id\">").append(escape(info.path("amazon_seller_id").asText()))
                    .append("</span></p><p>Store key: <span id=\"store-key\">")
                    .append(escape(info.path("store_key").asText())).append("</span></p>");
        }
        page(exchange, 200, body.toString());
    }

    private JsonNode call(String verb, String methodAndQuery, String body) throws IOException, InterruptedException {
        String[] parts = methodAndQuery.split("\\?", 2);
        String uri = gatewayUrl + "/v1.1/" + parts[0] + ".json" + (parts.length > 1 ? "?" + parts[1] : "");
        HttpRequest request = HttpRequest.newBuilder(URI.create(uri)).timeout(Duration.ofSeconds(60))
                .header("x-api-key", apiKey).header("Content-Type", "application/json")
                .method(verb, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .build();
        return JSON.readTree(http.send(request, HttpResponse.BodyHandlers.ofString()).body());
    }

    private static void page(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = ("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Integrator (demo)"
                + "</title></head><body>" + body + "</body></html>").getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
        exchange.close();
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
