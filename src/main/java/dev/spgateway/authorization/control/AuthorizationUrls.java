package dev.spgateway.authorization.control;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** The URLs a seller's browser follows: to Seller Central's consent page, and back to the integrator. */
public final class AuthorizationUrls {

    static final String CONSENT_PATH = "/apps/authorize/consent";

    private AuthorizationUrls() {
    }

    /** The website workflow: Seller Central's consent page of the application. */
    public static String consent(String sellerCentral, OAuthSettings.Application app, String state) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("application_id", app.applicationId());
        query.put("state", state);
        query.put("redirect_uri", app.redirectUri());
        beta(app, query);
        return withQuery(stripSlash(sellerCentral) + CONSENT_PATH, query);
    }

    /** The Appstore workflow: back to Amazon's callback with its state and ours. */
    public static String appstore(String amazonCallbackUri, String amazonState, OAuthSettings.Application app,
            String state) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("redirect_uri", app.redirectUri());
        query.put("amazon_state", amazonState);
        query.put("state", state);
        beta(app, query);
        return withQuery(amazonCallbackUri, query);
    }

    /** The integrator's return URL with the outcome; never a store key, which opens the store with an API key. */
    public static String outcome(String returnUrl, String authorizationId, String status, Optional<String> error) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("authorization_id", authorizationId);
        query.put("status", status);
        error.ifPresent(code -> query.put("error", code));
        return withQuery(returnUrl, query);
    }

    private static void beta(OAuthSettings.Application app, Map<String, String> query) {
        if (app.draft()) {
            query.put("version", "beta");
        }
    }

    static String withQuery(String url, Map<String, String> query) {
        String encoded = query.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        String separator = !url.contains("?") ? "?" : url.endsWith("?") || url.endsWith("&") ? "" : "&";
        return url + separator + encoded;
    }

    private static String stripSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
