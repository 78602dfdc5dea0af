package dev.spgateway.sandbox;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Login with Amazon's token endpoint: grants, bodies, errors, secret expiry and rotation. */
class LwaTest {

    private final SandboxFixture f = new SandboxFixture(false);

    @AfterEach
    void stop() {
        f.close();
    }

    private SandboxClient.Exchange refresh(String secret, String refreshToken) {
        return f.client.form(f.sandbox.lwaUrl(), "grant_type=refresh_token&refresh_token=" + SandboxClient.enc(refreshToken)
                + "&client_id=" + f.app.clientId() + "&client_secret=" + SandboxClient.enc(secret));
    }

    @Test
    void refreshTokenGrantInFormAndJson() {
        var form = refresh(f.app.clientSecret(), f.refreshToken);
        assertEquals(200, form.status());
        assertTrue(form.json().get("access_token").asText().startsWith("Atza|"));
        assertEquals(3600, form.json().get("expires_in").asInt());
        assertEquals("bearer", form.json().get("token_type").asText());
        assertEquals(f.refreshToken, form.json().get("refresh_token").asText());

        String json = "{\"grant_type\":\"refresh_token\",\"refresh_token\":\"" + f.refreshToken + "\",\"client_id\":\""
                + f.app.clientId() + "\",\"client_secret\":\"" + f.app.clientSecret() + "\"}";
        var viaJson = f.client.send("POST", f.sandbox.lwaUrl(), Map.of("Content-Type", "application/json"),
                json.getBytes());
        assertEquals(200, viaJson.status());
    }

    @Test
    void authorizationCodeAndClientCredentialsGrants() {
        String code = f.control.issueAuthorizationCode(f.sellerId, f.app.clientId());
        String body = "grant_type=authorization_code&code=" + code + "&redirect_uri=https%3A%2F%2Fexample.com%2Fcb&client_id="
                + f.app.clientId() + "&client_secret=" + SandboxClient.enc(f.app.clientSecret());
        var first = f.client.form(f.sandbox.lwaUrl(), body);
        assertEquals(200, first.status());
        assertTrue(first.json().get("refresh_token").asText().startsWith("Atzr|"));
        var again = f.client.form(f.sandbox.lwaUrl(), body);
        assertEquals(400, again.status());
        assertEquals("invalid_grant", again.json().get("error").asText());

        var grantless = f.client.form(f.sandbox.lwaUrl(), "grant_type=client_credentials&scope=sellingpartnerapi%3A%3Anotifications"
                + "&client_id=" + f.app.clientId() + "&client_secret=" + SandboxClient.enc(f.app.clientSecret()));
        assertEquals(200, grantless.status());
        assertEquals("sellingpartnerapi::notifications", grantless.json().get("scope").asText());
        var badScope = f.client.form(f.sandbox.lwaUrl(), "grant_type=client_credentials&scope=profile"
                + "&client_id=" + f.app.clientId() + "&client_secret=" + SandboxClient.enc(f.app.clientSecret()));
        assertEquals(400, badScope.status());
    }

    @Test
    void errors() {
        var wrongSecret = refresh("nope", f.refreshToken);
        assertEquals(401, wrongSecret.status());
        assertEquals("invalid_client", wrongSecret.json().get("error").asText());
        assertTrue(wrongSecret.json().has("error_description"));

        var unknownToken = refresh(f.app.clientSecret(), "Atzr|unknown");
        assertEquals(400, unknownToken.status());
        assertEquals("invalid_grant", unknownToken.json().get("error").asText());

        var missing = f.client.form(f.sandbox.lwaUrl(), "grant_type=refresh_token&client_id=" + f.app.clientId()
                + "&client_secret=" + SandboxClient.enc(f.app.clientSecret()));
        assertEquals(400, missing.status());
        assertEquals("invalid_request", missing.json().get("error").asText());

        var other = f.control.registerApplication(false);
        var foreign = f.client.form(f.sandbox.lwaUrl(), "grant_type=refresh_token&refresh_token="
                + SandboxClient.enc(f.refreshToken) + "&client_id=" + other.clientId() + "&client_secret="
                + SandboxClient.enc(other.clientSecret()));
        assertEquals(400, foreign.status());
        assertEquals("unauthorized_client", foreign.json().get("error").asText());

        f.control.revokeRefreshToken(f.refreshToken);
        assertEquals("invalid_grant", refresh(f.app.clientSecret(), f.refreshToken).json().get("error").asText());
        assertEquals(5, f.control.callCount("lwaToken") - 1);
    }

    @Test
    void expiredAndRotatedSecrets() {
        String fresh = f.control.rotateClientSecret(f.app.clientId());
        assertEquals(200, refresh(fresh, f.refreshToken).status());
        f.clock.advance(Duration.ofDays(7).minusSeconds(1));
        assertEquals(200, refresh(f.app.clientSecret(), f.refreshToken).status());
        f.clock.advance(Duration.ofSeconds(1));
        assertEquals(401, refresh(f.app.clientSecret(), f.refreshToken).status());
        assertEquals(200, refresh(fresh, f.refreshToken).status());

        f.control.expireClientSecret(f.app.clientId());
        var expired = refresh(fresh, f.refreshToken);
        assertEquals(401, expired.status());
        assertEquals("invalid_client", expired.json().get("error").asText());
    }

    @Test
    void accessTokensLastAnHour() {
        f.clock.advance(Duration.ofSeconds(3599));
        assertEquals(200, f.client.get("/sellers/v1/marketplaceParticipations", f.token).status());
        f.clock.advance(Duration.ofSeconds(1));
        var expired = f.client.get("/sellers/v1/marketplaceParticipations", f.token);
        assertEquals(403, expired.status());
        assertEquals("Unauthorized", expired.json().at("/errors/0/code").asText());
        assertEquals("The access token you provided has expired.", expired.json().at("/errors/0/message").asText());
    }
}
