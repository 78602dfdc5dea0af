package dev.spgateway.sandbox.lwa;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import dev.spgateway.sandbox.http.Json;
import dev.spgateway.sandbox.http.Responses;
import dev.spgateway.sandbox.http.SandboxRequest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/** Login with Amazon's token endpoint, POST /auth/o2/token, as SP-API applications use it. */
public final class LwaEndpoint {

    /** Scopes Amazon grants to client_credentials (grantless) calls. */
    static final Set<String> GRANTLESS_SCOPES = Set.of("sellingpartnerapi::notifications",
            "sellingpartnerapi::client_credential:rotation", "sellingpartnerapi::migration");

    private final LwaRegistry registry;

    public LwaEndpoint(LwaRegistry registry) {
        this.registry = registry;
    }

    /** Answers the request and returns the status it answered with. */
    public int handle(SandboxRequest request, HttpExchange exchange) throws IOException {
        Map<String, String> p;
        try {
            p = parameters(request);
        } catch (IOException e) {
            return error(exchange, 400, "invalid_request", "The request body is malformed");
        }
        String grantType = p.get("grant_type");
        if (grantType == null || grantType.isBlank()) {
            return error(exchange, 400, "invalid_request", "The request is missing a required parameter : grant_type");
        }
        if (!Set.of("refresh_token", "authorization_code", "client_credentials").contains(grantType)) {
            return error(exchange, 400, "unsupported_grant_type", "The authorization grant type is not supported by the authorization server");
        }
        if (blank(p.get("client_id"))) {
            return error(exchange, 400, "invalid_request", "The request is missing a required parameter : client_id");
        }
        if (blank(p.get("client_secret"))) {
            return error(exchange, 400, "invalid_request", "The request is missing a required parameter : client_secret");
        }
        if (!registry.authenticates(p.get("client_id"), p.get("client_secret"))) {
            return error(exchange, 401, "invalid_client", "Client authentication failed");
        }
        String clientId = p.get("client_id");
        return switch (grantType) {
            case "refresh_token" -> refresh(exchange, clientId, p.get("refresh_token"));
            case "authorization_code" -> code(exchange, clientId, p.get("code"), p.get("redirect_uri"));
            default -> clientCredentials(exchange, clientId, p.get("scope"));
        };
    }

    private int refresh(HttpExchange exchange, String clientId, String refreshToken) throws IOException {
        if (blank(refreshToken)) {
            return error(exchange, 400, "invalid_request", "The request is missing a required parameter : refresh_token");
        }
        var auth = registry.refreshToken(refreshToken).orElse(null);
        if (auth == null || auth.revoked()) {
            return error(exchange, 400, "invalid_grant", "The request has an invalid grant parameter : refresh_token");
        }
        if (!auth.clientId().equals(clientId)) {
            return error(exchange, 400, "unauthorized_client", "Not authorized for requested operation");
        }
        return tokens(exchange, registry.issueAccessToken(clientId, auth.sellerId(), Set.of()), refreshToken, null);
    }

    private int code(HttpExchange exchange, String clientId, String code, String redirectUri) throws IOException {
        if (blank(code)) {
            return error(exchange, 400, "invalid_request", "The request is missing a required parameter : code");
        }
        var found = registry.redeemCode(code).orElse(null);
        if (found == null) {
            return error(exchange, 400, "invalid_grant", "The request has an invalid grant parameter : code");
        }
        if (!found.clientId().equals(clientId)) {
            return error(exchange, 400, "unauthorized_client", "Not authorized for requested operation");
        }
        if (found.redirectUri() != null && !found.redirectUri().equals(redirectUri)) {
            return error(exchange, 400, "invalid_grant", "The request has an invalid grant parameter : redirect_uri");
        }
        String refreshToken = registry.issueRefreshTokenFor(clientId, found.sellerId());
        return tokens(exchange, registry.issueAccessToken(clientId, found.sellerId(), Set.of()), refreshToken, null);
    }

    private int clientCredentials(HttpExchange exchange, String clientId, String scope) throws IOException {
        if (blank(scope)) {
            return error(exchange, 400, "invalid_request", "The request is missing a required parameter : scope");
        }
        Set<String> scopes = new LinkedHashSet<>(java.util.List.of(scope.trim().split("\\s+")));
        if (!GRANTLESS_SCOPES.containsAll(scopes)) {
            return error(exchange, 400, "invalid_scope", "An unknown scope was requested");
        }
        return tokens(exchange, registry.issueAccessToken(clientId, null, scopes), null, String.join(" ", scopes));
    }

    private int tokens(HttpExchange exchange, String accessToken, String refreshToken, String scope) throws IOException {
        ObjectNode body = Json.object();
        body.put("access_token", accessToken);
        if (refreshToken != null) {
            body.put("refresh_token", refreshToken);
        }
        if (scope != null) {
            body.put("scope", scope);
        }
        body.put("token_type", "bearer");
        body.put("expires_in", LwaRegistry.ACCESS_TOKEN_LIFETIME.toSeconds());
        Responses.json(exchange, 200, body, Map.of("Cache-Control", "no-store", "Pragma", "no-cache"));
        return 200;
    }

    private static int error(HttpExchange exchange, int status, String error, String description) throws IOException {
        ObjectNode body = Json.object();
        body.put("error_description", description);
        body.put("error", error);
        Responses.json(exchange, status, body, Map.of());
        return status;
    }

    /** LWA takes form or JSON bodies, and client credentials in the body or as HTTP Basic. */
    static Map<String, String> parameters(SandboxRequest request) throws IOException {
        Map<String, String> out = new HashMap<>();
        String type = request.header("Content-Type");
        if (type != null && type.toLowerCase().startsWith("application/json")) {
            JsonNode json = Json.parse(request.body());
            json.fields().forEachRemaining(e -> out.put(e.getKey(), e.getValue().asText()));
        } else {
            SandboxRequest.parseForm(request.bodyText()).forEach((k, v) -> out.put(k, v.get(0)));
        }
        String authorization = request.header("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            String decoded = new String(Base64.getDecoder().decode(authorization.substring(6).trim()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            if (colon > 0) {
                out.putIfAbsent("client_id", decoded.substring(0, colon));
                out.putIfAbsent("client_secret", decoded.substring(colon + 1));
            }
        }
        return out;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
