package dev.spgateway.sandbox.spapi;

import com.fasterxml.jackson.databind.JsonNode;

/** A successful SP-API answer; body null means none (e.g. cancelReport's 200). */
public record ApiResponse(int status, JsonNode body) {

    public static ApiResponse ok(JsonNode body) {
        return new ApiResponse(200, body);
    }
}
