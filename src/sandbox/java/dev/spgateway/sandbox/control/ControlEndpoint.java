package dev.spgateway.sandbox.control;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import dev.spgateway.sandbox.http.Json;
import dev.spgateway.sandbox.http.Responses;
import dev.spgateway.sandbox.http.SandboxRequest;
import dev.spgateway.sandbox.listings.CatalogSettings;
import dev.spgateway.sandbox.listings.ListingsEncoding;
import dev.spgateway.sandbox.sigv4.SigningKey;
import dev.spgateway.sandbox.time.MutableClock;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The control surface over HTTP, under /_sandbox/, for the standalone program. JSON in, JSON out. */
public final class ControlEndpoint {

    public static final String PREFIX = "/_sandbox/";
    private static final Pattern SELLER = Pattern.compile("/_sandbox/sellers/([^/]+)/([a-z-]+)");
    private static final Pattern APPLICATION = Pattern.compile("/_sandbox/applications/([^/]+)/([a-z-/]+)");
    private static final Pattern CALLS = Pattern.compile("/_sandbox/calls/([^/]+)");

    private final SandboxControl control;
    private final Clock clock;

    public ControlEndpoint(SandboxControl control, Clock clock) {
        this.control = control;
        this.clock = clock;
    }

    public void handle(SandboxRequest request, HttpExchange exchange) throws IOException {
        try {
            Object result = route(request);
            Responses.json(exchange, result == null ? 204 : 200, result, Map.of());
        } catch (IllegalArgumentException | IllegalStateException | NullPointerException e) {
            Responses.json(exchange, 400, Json.object().put("error", String.valueOf(e.getMessage())), Map.of());
        } catch (UnsupportedOperationException e) {
            Responses.json(exchange, 404, Json.object().put("error", "no such control endpoint"), Map.of());
        }
    }

    private Object route(SandboxRequest request) throws IOException {
        String path = request.path();
        String method = request.method();
        JsonNode body = request.body().length == 0 || !isJson(request) ? Json.object() : Json.parse(request.body());
        Matcher m;
        if (method.equals("POST") && path.equals("/_sandbox/applications")) {
            var app = body.hasNonNull("clientId")
                    ? control.registerApplication(body.get("clientId").asText(), body.get("clientSecret").asText(),
                    body.path("restrictedRole").asBoolean(false))
                    : control.registerApplication(body.path("restrictedRole").asBoolean(false));
            return Json.object().put("clientId", app.clientId()).put("clientSecret", app.clientSecret());
        }
        if ((m = APPLICATION.matcher(path)).matches() && method.equals("POST")) {
            String clientId = m.group(1);
            switch (m.group(2)) {
                case "role" -> control.setApplicationRole(clientId, body.get("roleArn").asText());
                case "secret/rotate" -> {
                    return Json.object().put("clientSecret", control.rotateClientSecret(clientId));
                }
                case "secret/expire" -> control.expireClientSecret(clientId);
                default -> throw new UnsupportedOperationException();
            }
            return null;
        }
        if (method.equals("POST") && path.equals("/_sandbox/sellers")) {
            List<String> marketplaces = new ArrayList<>();
            body.path("marketplaceIds").forEach(n -> marketplaces.add(n.asText()));
            var seller = body.hasNonNull("sellerId") ? control.registerSeller(body.get("sellerId").asText(), marketplaces)
                    : control.registerSeller(marketplaces);
            if (body.path("legacyIam").asBoolean(false)) {
                control.setLegacyIam(seller.sellerId(), true);
            }
            return Json.object().put("sellerId", seller.sellerId());
        }
        if ((m = SELLER.matcher(path)).matches()) {
            return seller(m.group(1), m.group(2), method, body, request);
        }
        if (method.equals("POST") && path.equals("/_sandbox/authorizations")) {
            return Json.object().put("refreshToken",
                    control.authorize(body.get("sellerId").asText(), body.get("clientId").asText()));
        }
        if (method.equals("POST") && path.equals("/_sandbox/authorization-codes")) {
            return Json.object().put("code",
                    control.issueAuthorizationCode(body.get("sellerId").asText(), body.get("clientId").asText()));
        }
        if (method.equals("POST") && path.equals("/_sandbox/refresh-tokens/revoke")) {
            control.revokeRefreshToken(body.get("refreshToken").asText());
            return null;
        }
        if (method.equals("POST") && path.equals("/_sandbox/iam/users")) {
            SigningKey key = body.hasNonNull("accessKeyId")
                    ? control.registerIamUser(body.get("accessKeyId").asText(), body.get("secretAccessKey").asText())
                    : control.registerIamUser();
            return Json.object().put("accessKeyId", key.accessKeyId()).put("secretAccessKey", key.secretAccessKey());
        }
        if (method.equals("POST") && path.equals("/_sandbox/iam/roles")) {
            control.registerRole(body.get("roleArn").asText(), body.get("trustedAccessKeyId").asText());
            return null;
        }
        if (method.equals("POST") && path.equals("/_sandbox/faults")) {
            control.scriptFault(body.get("operation").asText(), fault(body), body.path("times").asInt(1));
            return null;
        }
        if (method.equals("DELETE") && path.equals("/_sandbox/faults")) {
            control.clearFaults();
            return null;
        }
        if (method.equals("GET") && path.equals("/_sandbox/calls")) {
            return control.callCounts();
        }
        if (method.equals("DELETE") && path.equals("/_sandbox/calls")) {
            control.clearCalls();
            return null;
        }
        if (method.equals("GET") && (m = CALLS.matcher(path)).matches()) {
            var list = Json.MAPPER.createArrayNode();
            for (CallRecord call : control.calls(m.group(1))) {
                list.addObject().put("operation", call.operation()).put("at", call.at().toString())
                        .put("method", call.method()).put("path", call.path()).put("query", call.query())
                        .put("sellerId", call.sellerId()).put("status", call.status());
            }
            return list;
        }
        if (method.equals("POST") && path.equals("/_sandbox/rate-limits/reset")) {
            control.resetRateLimits();
            return null;
        }
        if (path.equals("/_sandbox/clock")) {
            if (method.equals("POST")) {
                if (!(clock instanceof MutableClock mutable)) {
                    throw new IllegalStateException("the sandbox clock cannot be moved");
                }
                mutable.advance(Duration.ofMillis((long) (body.path("advanceSeconds").asDouble(0) * 1000)));
            }
            return Json.object().put("now", Instant.now(clock).toString());
        }
        throw new UnsupportedOperationException();
    }

    private Object seller(String sellerId, String what, String method, JsonNode body, SandboxRequest request) {
        if (what.equals("order-changes") && method.equals("GET")) {
            String since = request.queryParam("since");
            var list = Json.MAPPER.createArrayNode();
            control.orderChangeNotifications(sellerId, since == null ? Instant.EPOCH : Instant.parse(since))
                    .forEach(text -> list.add(Json.parse(text)));
            return list;
        }
        switch (what) {
            case "legacy-iam" -> control.setLegacyIam(sellerId, body.path("enabled").asBoolean(true));
            case "report-durations" -> control.setReportDurations(sellerId,
                    Duration.ofMillis((long) (body.path("inQueueSeconds").asDouble(0) * 1000)),
                    Duration.ofMillis((long) (body.path("inProgressSeconds").asDouble(0) * 1000)));
            case "catalog" -> control.updateCatalog(sellerId, c -> new CatalogSettings(
                    body.path("size").asLong(c.size()), body.path("seed").asLong(c.seed()),
                    body.hasNonNull("encoding") ? ListingsEncoding.valueOf(body.get("encoding").asText()) : c.encoding(),
                    body.path("gzip").asBoolean(c.gzip())));
            case "listings-file" -> control.setListingsFile(sellerId, method.equals("DELETE") ? null : request.body(),
                    request.header("Content-Type"));
            case "fatal-reports" -> control.failNextReports(sellerId, body.path("count").asInt(1));
            case "orders" -> control.setOrderCount(sellerId, body.path("count").asInt());
            case "order-book" -> control.setOrderBookSize(sellerId, body.path("size").asInt());
            default -> throw new UnsupportedOperationException();
        }
        return null;
    }

    private static Fault fault(JsonNode body) {
        Fault.Kind kind = Fault.Kind.valueOf(body.path("kind").asText("STATUS"));
        return new Fault(kind, body.path("status").asInt(0), Duration.ofMillis(body.path("delayMillis").asLong(0)));
    }

    private static boolean isJson(SandboxRequest request) {
        String type = request.header("Content-Type");
        return type == null || type.toLowerCase().contains("json");
    }
}
