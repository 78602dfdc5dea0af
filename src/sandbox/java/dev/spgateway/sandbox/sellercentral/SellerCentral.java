package dev.spgateway.sandbox.sellercentral;

import com.sun.net.httpserver.HttpExchange;
import dev.spgateway.sandbox.http.Responses;
import dev.spgateway.sandbox.http.SandboxRequest;
import dev.spgateway.sandbox.lwa.LwaRegistry;
import dev.spgateway.sandbox.lwa.OAuthApplication;
import dev.spgateway.sandbox.sellers.SellerRegistry;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Seller Central's side of the authorization workflows: the consent page a seller signs in to and confirms
 * or cancels (website workflow, and the Appstore's after Amazon's callback), and the Appstore's "Authorize
 * now", which sends the seller to the application's login URI. Errors as Amazon shows them: MD1000 for a draft
 * application without {@code version=beta}, MD5101 for a redirect URI the application did not register.
 */
public final class SellerCentral {

    public static final String PREFIX = "/apps/authorize/";
    public static final String CONSENT_PATH = "/apps/authorize/consent";
    static final String CONFIRM_PATH = "/apps/authorize/confirm";
    /** The Appstore detail page's "Authorize now": {@code application_id} and {@code selling_partner_id}. */
    public static final String APPSTORE_PATH = "/apps/authorize/appstore";
    static final String APPSTORE_CALLBACK_PATH = "/apps/authorize/appstore/callback";

    private final LwaRegistry lwa;
    private final SellerRegistry sellers;
    private final Supplier<String> baseUrl;

    public SellerCentral(LwaRegistry lwa, SellerRegistry sellers, Supplier<String> baseUrl) {
        this.lwa = lwa;
        this.sellers = sellers;
        this.baseUrl = baseUrl;
    }

    public void handle(SandboxRequest request, HttpExchange exchange) throws IOException {
        String path = request.path();
        if (path.equals(CONSENT_PATH) && request.method().equals("GET")) {
            consent(request.queryParam("application_id"), request.queryParam("redirect_uri"),
                    request.queryParam("version"), request.queryParam("state"), null, exchange);
        } else if (path.equals(CONFIRM_PATH) && request.method().equals("POST")) {
            confirm(SandboxRequest.parseForm(request.bodyText()), exchange);
        } else if (path.equals(APPSTORE_PATH) && request.method().equals("GET")) {
            appstore(request.queryParam("application_id"), request.queryParam("selling_partner_id"), exchange);
        } else if (path.equals(APPSTORE_CALLBACK_PATH) && request.method().equals("GET")) {
            appstoreCallback(request, exchange);
        } else {
            html(exchange, 404, ConsentPages.error("404", "There is no such page."));
        }
    }

    private void consent(String applicationId, String redirectUri, String version, String state, String seller,
            HttpExchange exchange) throws IOException {
        OAuthApplication app = lwa.oauthApplication(applicationId).orElse(null);
        if (app == null) {
            html(exchange, 404, ConsentPages.error("unknown_application", "No application has this application_id."));
        } else if (app.draft() && !"beta".equals(version)) {
            html(exchange, 400, ConsentPages.error("MD1000", "The application is in draft state: its authorization"
                    + " URL must carry version=beta."));
        } else if (redirectUri != null && !app.registered(redirectUri)) {
            html(exchange, 400, ConsentPages.error("MD5101", "The redirect_uri is not one of the application's"
                    + " OAuth redirect URIs."));
        } else {
            String target = redirectUri != null ? redirectUri : app.redirectUris().get(0);
            html(exchange, 200, ConsentPages.consent(applicationId, state, target, sellers.all(), seller));
        }
    }

    private void confirm(Map<String, List<String>> form, HttpExchange exchange) throws IOException {
        String applicationId = first(form, "application_id");
        String redirectUri = first(form, "redirect_uri");
        String sellerId = first(form, "seller_id");
        OAuthApplication app = lwa.oauthApplication(applicationId).orElse(null);
        if (app == null || redirectUri == null || !app.registered(redirectUri)) {
            html(exchange, 400, ConsentPages.error("MD5101", "The redirect_uri is not one of the application's"
                    + " OAuth redirect URIs."));
            return;
        }
        Map<String, String> query = new LinkedHashMap<>();
        query.put("state", first(form, "state") == null ? "" : first(form, "state"));
        if (!"confirm".equals(first(form, "decision"))) {
            query.put("error", "access_denied");
            query.put("error_description", "The seller cancelled the authorization");
        } else if (sellerId == null || sellers.find(sellerId).isEmpty()) {
            html(exchange, 400, ConsentPages.error("unknown_seller", "Sign in as one of the sandbox's sellers."));
            return;
        } else {
            query.put("selling_partner_id", sellerId);
            query.put("spapi_oauth_code", lwa.issueAuthorizationCode(app.clientId(), sellerId, redirectUri));
        }
        redirect(exchange, withQuery(redirectUri, query));
    }

    private void appstore(String applicationId, String sellerId, HttpExchange exchange) throws IOException {
        OAuthApplication app = lwa.oauthApplication(applicationId).orElse(null);
        if (app == null || app.loginUri() == null || sellerId == null || sellers.find(sellerId).isEmpty()) {
            html(exchange, 404, ConsentPages.error("unknown_application", "No Appstore application has this"
                    + " application_id, or the seller is not known."));
            return;
        }
        Map<String, String> query = new LinkedHashMap<>();
        query.put("amazon_callback_uri", baseUrl.get() + APPSTORE_CALLBACK_PATH + "?application_id="
                + encode(applicationId));
        query.put("amazon_state", lwa.issueAppstoreState(applicationId, sellerId));
        query.put("selling_partner_id", sellerId);
        redirect(exchange, withQuery(app.loginUri(), query));
    }

    private void appstoreCallback(SandboxRequest request, HttpExchange exchange) throws IOException {
        String applicationId = request.queryParam("application_id");
        String sellerId = lwa.redeemAppstoreState(request.queryParam("amazon_state"), applicationId).orElse(null);
        if (sellerId == null) {
            html(exchange, 400, ConsentPages.error("invalid_amazon_state", "The amazon_state is unknown, used or"
                    + " expired: start again from the Appstore."));
            return;
        }
        consent(applicationId, request.queryParam("redirect_uri"), request.queryParam("version"),
                request.queryParam("state"), sellerId, exchange);
    }

    private static String first(Map<String, List<String>> form, String name) {
        List<String> values = form.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    static String withQuery(String url, Map<String, String> query) {
        String encoded = query.entrySet().stream().map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        return url + (url.contains("?") ? "&" : "?") + encoded;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static void redirect(HttpExchange exchange, String location) throws IOException {
        Responses.send(exchange, 302, null, new byte[0], Map.of("Location", location, "Cache-Control", "no-store"));
    }

    private static void html(HttpExchange exchange, int status, String page) throws IOException {
        Responses.send(exchange, status, "text/html; charset=utf-8", page.getBytes(StandardCharsets.UTF_8),
                Map.of("Cache-Control", "no-store"));
    }
}
