package dev.spgateway.admin.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Proxy;
import org.junit.jupiter.api.Test;

class ProviderSignOutAddressTest {

    private static final JsonObject PROVIDER = Json.createObjectBuilder()
            .add("issuer", "https://sso.example.com/realms/ops")
            .add("end_session_endpoint", "https://sso.example.com/realms/ops/logout")
            .build();

    @Test
    void theProviderEndsItsSessionAndSendsTheBrowserToTheSignedOutPage() {
        assertEquals("https://sso.example.com/realms/ops/logout?id_token_hint=eyJ.a%2Bb.c%3D"
                + "&post_logout_redirect_uri=https%3A%2F%2Fgateway.example.com%3A8443%2Fadmin%2Flogged-out.html",
                ProviderSignOutAddress.of(request("https://gateway.example.com:8443/admin/logout", "/admin/logout", ""),
                        PROVIDER, "eyJ.a+b.c="));
    }

    @Test
    void anEndpointWithAQueryOfItsOwnKeepsIt() {
        JsonObject provider = Json.createObjectBuilder()
                .add("end_session_endpoint", "https://login.example.com/logout?p=signout").build();
        assertEquals("https://login.example.com/logout?p=signout&id_token_hint=t"
                + "&post_logout_redirect_uri=http%3A%2F%2F127.0.0.1%3A8080%2Fgw%2Fadmin%2Flogged-out.html",
                ProviderSignOutAddress.of(request("http://127.0.0.1:8080/gw/admin/logout", "/gw/admin/logout", "/gw"),
                        provider, "t"));
    }

    @Test
    void withoutAnEndSessionEndpointOrAnIdTokenTheBrowserGoesStraightToTheSignedOutPage() {
        HttpServletRequest request = request("http://127.0.0.1:8080/admin/logout", "/admin/logout", "");
        String signedOut = "http://127.0.0.1:8080/admin/logged-out.html";
        assertEquals(signedOut, ProviderSignOutAddress.of(request,
                Json.createObjectBuilder().add("issuer", "x").build(), "t"));
        assertEquals(signedOut, ProviderSignOutAddress.of(request, PROVIDER, null));
        assertEquals(signedOut, ProviderSignOutAddress.of(request, null, null));
    }

    private static HttpServletRequest request(String url, String uri, String contextPath) {
        return (HttpServletRequest) Proxy.newProxyInstance(HttpServletRequest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (self, method, args) -> switch (method.getName()) {
                    case "getRequestURL" -> new StringBuffer(url);
                    case "getRequestURI" -> uri;
                    case "getContextPath" -> contextPath;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
