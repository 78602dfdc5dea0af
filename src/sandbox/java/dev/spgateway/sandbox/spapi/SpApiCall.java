package dev.spgateway.sandbox.spapi;

import dev.spgateway.sandbox.http.SandboxRequest;
import dev.spgateway.sandbox.lwa.Grant;
import dev.spgateway.sandbox.sellers.Seller;

import java.util.Map;

/** An authenticated SP-API call as a handler sees it. */
public record SpApiCall(String operation, SandboxRequest request, Map<String, String> pathParameters, Grant grant,
                        Seller seller) {

    public String path(String name) {
        return pathParameters.get(name);
    }
}
