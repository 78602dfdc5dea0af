package dev.spgateway.sandbox.staticsandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import dev.spgateway.sandbox.control.CallLog;
import dev.spgateway.sandbox.control.CallRecord;
import dev.spgateway.sandbox.http.Json;
import dev.spgateway.sandbox.http.Responses;
import dev.spgateway.sandbox.http.SandboxRequest;
import dev.spgateway.sandbox.lwa.LwaRegistry;
import dev.spgateway.sandbox.spapi.ApiError;
import dev.spgateway.sandbox.spapi.Route;
import dev.spgateway.sandbox.spapi.SpApiModels;

import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Amazon's static sandbox (sandbox.sellingpartnerapi-*.amazon.com): answers the x-amzn-api-sandbox static
 * cases of the models when a request carries exactly their parameters, under its own base path.
 */
public final class StaticSandbox {

    public static final String PREFIX = "/amazon-sandbox";

    private record Case(int status, JsonNode parameters, JsonNode response) {
    }

    private record Operation(Route route, List<JsonNode> parameters, List<Case> cases) {
    }

    private final Clock clock;
    private final LwaRegistry lwa;
    private final CallLog calls;
    private final List<Operation> operations = new ArrayList<>();

    public StaticSandbox(Clock clock, LwaRegistry lwa, CallLog calls, SpApiModels models) {
        this.clock = clock;
        this.lwa = lwa;
        this.calls = calls;
        for (JsonNode model : models.all()) {
            model.path("paths").fields().forEachRemaining(path -> {
                List<JsonNode> shared = list(path.getValue().path("parameters"));
                path.getValue().fields().forEachRemaining(op -> {
                    if (op.getKey().equals("parameters")) {
                        return;
                    }
                    List<JsonNode> parameters = new ArrayList<>(shared);
                    parameters.addAll(list(op.getValue().path("parameters")));
                    List<Case> cases = new ArrayList<>();
                    Map<Integer, JsonNode> byStatus = new TreeMap<>();
                    op.getValue().path("responses").fields().forEachRemaining(r -> {
                        if (r.getKey().matches("\\d{3}")) {
                            byStatus.put(Integer.parseInt(r.getKey()), r.getValue());
                        }
                    });
                    byStatus.forEach((status, response) -> response.path("x-amzn-api-sandbox").path("static")
                            .forEach(c -> cases.add(new Case(status, c.path("request").path("parameters"),
                                    c.get("response")))));
                    operations.add(new Operation(Route.of(op.getValue().path("operationId").asText(), op.getKey(),
                            path.getKey()), parameters, cases));
                });
            });
        }
    }

    public void handle(SandboxRequest request, HttpExchange exchange) throws IOException {
        String path = request.path().substring(PREFIX.length());
        String requestId = UUID.randomUUID().toString();
        Map<String, String> headers = Map.of("x-amzn-RequestId", requestId);
        for (Operation op : operations) {
            Optional<Map<String, String>> pathParams = op.route().match(request.method(), path);
            if (pathParams.isEmpty()) {
                continue;
            }
            int status;
            var grant = lwa.grant(request.header("x-amz-access-token"));
            if (grant.isEmpty() || !clock.instant().isBefore(grant.get().expiresAt())) {
                ApiError error = grant.isEmpty()
                        ? ApiError.unauthorized("Access to requested resource is denied.", "")
                        : ApiError.unauthorized("The access token you provided has expired.", "");
                status = error.status();
                Responses.json(exchange, status, error.body(), headers);
            } else {
                Case match = op.cases().stream().filter(c -> matches(c, op, pathParams.get(), request)).findFirst()
                        .orElse(null);
                if (match == null) {
                    ApiError error = ApiError.invalidInput("Could not match input arguments", "");
                    status = 400;
                    Responses.json(exchange, status, error.body(), headers);
                } else {
                    status = match.status();
                    // HTTP gives 204 no body, whatever the example holds
                    boolean empty = match.response() == null || status == 204;
                    Responses.send(exchange, status, empty ? null : "application/json",
                            empty ? new byte[0] : Json.bytes(match.response()), headers);
                }
            }
            calls.record(new CallRecord(op.route().operationId(), clock.instant(), request.method(), request.path(),
                    request.uri().getRawQuery(), null, status));
            return;
        }
        Responses.json(exchange, 404, ApiError.notFound("Resource not found").body(), headers);
    }

    private static boolean matches(Case c, Operation op, Map<String, String> pathParams, SandboxRequest request) {
        Iterator<Map.Entry<String, JsonNode>> it = c.parameters().fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> p = it.next();
            JsonNode expected = p.getValue().path("value");
            String in = op.parameters().stream().filter(d -> d.path("name").asText().equals(p.getKey()))
                    .map(d -> d.path("in").asText()).findFirst()
                    // some models key the body parameter as "body" whatever its declared name
                    .orElse(p.getKey().equals("body") ? "body" : "query");
            boolean ok = switch (in) {
                case "path" -> expected.asText().equals(pathParams.get(p.getKey()));
                case "header" -> expected.asText().equals(request.header(p.getKey()));
                case "body" -> bodyEquals(expected, request);
                default -> queryEquals(expected, request, p.getKey());
            };
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    private static boolean queryEquals(JsonNode expected, SandboxRequest request, String name) {
        if (expected.isArray()) {
            List<String> values = new ArrayList<>();
            expected.forEach(v -> values.add(v.asText()));
            return values.equals(request.queryList(name));
        }
        return expected.asText().equals(request.queryParam(name));
    }

    private static boolean bodyEquals(JsonNode expected, SandboxRequest request) {
        try {
            return request.body().length > 0 && expected.equals(Json.parse(request.body()));
        } catch (IOException e) {
            return false;
        }
    }

    private static List<JsonNode> list(JsonNode array) {
        List<JsonNode> out = new ArrayList<>();
        array.forEach(out::add);
        return out;
    }
}
