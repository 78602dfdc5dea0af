package dev.spgateway.sandbox.tokens;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.spgateway.sandbox.http.Json;
import dev.spgateway.sandbox.lwa.Application;
import dev.spgateway.sandbox.lwa.Grant;
import dev.spgateway.sandbox.lwa.LwaRegistry;
import dev.spgateway.sandbox.spapi.ApiError;
import dev.spgateway.sandbox.spapi.ApiResponse;
import dev.spgateway.sandbox.spapi.RestrictedPaths;
import dev.spgateway.sandbox.spapi.SpApiCall;
import dev.spgateway.sandbox.spapi.SpApiGate;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Tokens API 2021-03-01: createRestrictedDataToken, for applications holding a restricted role. */
public final class TokensApi {

    private static final Set<String> DATA_ELEMENTS = Set.of("buyerInfo", "shippingAddress", "buyerTaxInformation");
    private static final Set<String> METHODS = Set.of("GET", "PUT", "POST", "DELETE");

    private final LwaRegistry lwa;

    public TokensApi(LwaRegistry lwa) {
        this.lwa = lwa;
    }

    public void registerWith(SpApiGate gate) {
        gate.register("createRestrictedDataToken", "POST", "/tokens/2021-03-01/restrictedDataToken",
                this::createRestrictedDataToken);
    }

    ApiResponse createRestrictedDataToken(SpApiCall call) throws ApiError {
        if (call.grant().isRestrictedDataToken()) {
            throw ApiError.unauthorized("Access to requested resource is denied.", "");
        }
        JsonNode body;
        try {
            body = Json.parse(call.request().body());
        } catch (IOException e) {
            throw ApiError.invalidInput("Invalid Input", "The request body is not valid JSON.");
        }
        JsonNode resources = body.path("restrictedResources");
        if (!resources.isArray() || resources.isEmpty() || resources.size() > 50) {
            throw ApiError.invalidInput("Invalid Input", "restrictedResources must hold 1 to 50 resources.");
        }
        List<Grant.RestrictedResource> granted = new ArrayList<>();
        for (JsonNode r : resources) {
            String method = r.path("method").asText("");
            String path = r.path("path").asText("");
            if (!METHODS.contains(method) || !path.startsWith("/")) {
                throw ApiError.invalidInput("Invalid Input", "Invalid restricted resource: " + method + " " + path);
            }
            if (!RestrictedPaths.isRestricted(path)) {
                throw ApiError.invalidInput("Invalid Input", "The path " + path + " is not a restricted operation.");
            }
            Set<String> elements = new LinkedHashSet<>();
            r.path("dataElements").forEach(e -> elements.add(e.asText()));
            if (!DATA_ELEMENTS.containsAll(elements)) {
                throw ApiError.invalidInput("Invalid Input", "Unknown data elements " + elements);
            }
            granted.add(new Grant.RestrictedResource(method, path, Set.copyOf(elements)));
        }
        boolean restricted = lwa.application(call.grant().clientId()).map(Application::restrictedRole).orElse(false);
        if (!restricted) {
            throw ApiError.unauthorized("Application does not have access to one or more requested data elements", "");
        }
        String token = lwa.issueRestrictedDataToken(call.grant().clientId(), call.seller().sellerId(), granted);
        ObjectNode out = Json.object();
        out.put("restrictedDataToken", token);
        out.put("expiresIn", LwaRegistry.ACCESS_TOKEN_LIFETIME.toSeconds());
        return ApiResponse.ok(out);
    }
}
