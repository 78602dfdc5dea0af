package dev.spgateway.admin.control;

import jakarta.json.JsonObject;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Where a signed-out browser goes: the provider's end-session endpoint (OpenID Connect RP-initiated logout),
 * which ends the operator's session there too and then sends them on to the console's signed-out page; or
 * straight to that page when the provider has no such endpoint or the session holds no ID token.
 */
public final class ProviderSignOutAddress {

    public static final String SIGNED_OUT_PAGE = AdminPaths.CONSOLE + "/logged-out.html";
    static final String END_SESSION_ENDPOINT = "end_session_endpoint";

    private ProviderSignOutAddress() {
    }

    /**
     * @param providerMetadata the provider's discovery document, null when unknown
     * @param idToken the session's ID token as issued, null when there is none
     */
    public static String of(HttpServletRequest request, JsonObject providerMetadata, String idToken) {
        String signedOut = baseUrl(request) + SIGNED_OUT_PAGE;
        String endpoint = providerMetadata == null ? "" : providerMetadata.getString(END_SESSION_ENDPOINT, "");
        if (endpoint.isBlank() || idToken == null || idToken.isBlank()) {
            return signedOut;
        }
        return endpoint + (endpoint.contains("?") ? "&" : "?")
                + "id_token_hint=" + encode(idToken)
                + "&post_logout_redirect_uri=" + encode(signedOut);
    }

    /** As Jakarta Security's {@code ${baseURL}}: scheme, host and port the request came to, and the context path. */
    static String baseUrl(HttpServletRequest request) {
        String url = request.getRequestURL().toString();
        return url.substring(0, url.length() - request.getRequestURI().length()) + request.getContextPath();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
