package dev.spgateway.amazon.control;

import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Adds a seller's credentials to one SP-API request: the LWA access token always, and for stores with the
 * legacy IAM setup a SigV4 signature over the final method, URI, headers and body.
 */
final class SpApiAuthFilter implements ClientRequestFilter {

    static final String ACCESS_TOKEN_HEADER = "x-amz-access-token";
    private static final List<String> SIGNED_HEADERS = List.of("authorization", "x-amz-date",
            "x-amz-security-token", "x-amz-content-sha256");

    private final AccessToken accessToken;
    private final Optional<AssumedRoles.RoleCredentials> role;
    private final String awsRegion;

    SpApiAuthFilter(AccessToken accessToken, Optional<AssumedRoles.RoleCredentials> role, String awsRegion) {
        this.accessToken = accessToken;
        this.role = role;
        this.awsRegion = awsRegion;
    }

    @Override
    public void filter(ClientRequestContext request) {
        request.getHeaders().putSingle(ACCESS_TOKEN_HEADER, accessToken.value());
        role.ifPresent(credentials -> sign(request, credentials));
    }

    private void sign(ClientRequestContext request, AssumedRoles.RoleCredentials credentials) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(ACCESS_TOKEN_HEADER, accessToken.value());
        // the body is signed as the exact text the rest client sends; headers beyond the token stay unsigned
        String body = request.hasEntity() ? String.valueOf(request.getEntity()) : null;
        Map<String, List<String>> signed = SigV4Signer.sign(request.getMethod(), request.getUri(), headers, body,
                credentials, awsRegion);
        signed.forEach((name, values) -> {
            if (SIGNED_HEADERS.contains(name.toLowerCase(java.util.Locale.ROOT))) {
                request.getHeaders().put(name, List.copyOf(values));
            }
        });
    }
}
