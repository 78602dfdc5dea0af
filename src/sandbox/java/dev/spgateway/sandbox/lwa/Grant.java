package dev.spgateway.sandbox.lwa;

import java.time.Instant;
import java.util.Set;

/**
 * What an access token stands for. sellerId is null for grantless (client_credentials) tokens;
 * restrictedResources is non-null only for Restricted Data Tokens.
 */
public record Grant(String clientId, String sellerId, Instant expiresAt, Set<String> scopes,
                    java.util.List<RestrictedResource> restrictedResources) {

    public record RestrictedResource(String method, String path, Set<String> dataElements) {
    }

    public boolean isRestrictedDataToken() {
        return restrictedResources != null;
    }
}
