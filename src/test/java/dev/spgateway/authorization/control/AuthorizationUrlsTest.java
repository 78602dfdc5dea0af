package dev.spgateway.authorization.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spgateway.secrets.entity.Secret;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AuthorizationUrlsTest {

    private static OAuthSettings.Application app(boolean draft) {
        return new OAuthSettings.Application("amzn1.sp.solution.abc", "amzn1.application-oa2-client.x",
                Secret.of("s"), "https://gw.example/amazon/authorization/callback", draft,
                List.of("https://app.example/"), List.of(), Duration.ofMinutes(10));
    }

    @Test
    void theConsentUrlNamesTheApplicationTheStateAndTheRedirectUri() {
        assertEquals("https://sellercentral.amazon.com/apps/authorize/consent?application_id=amzn1.sp.solution.abc"
                        + "&state=S-1&redirect_uri=https%3A%2F%2Fgw.example%2Famazon%2Fauthorization%2Fcallback",
                AuthorizationUrls.consent("https://sellercentral.amazon.com/", app(false), "S-1"));
    }

    @Test
    void aDraftApplicationAsksForTheBetaVersion() {
        assertTrue(AuthorizationUrls.consent("https://sellercentral.amazon.com", app(true), "S").endsWith("&version=beta"));
        assertFalse(AuthorizationUrls.consent("https://sellercentral.amazon.com", app(false), "S").contains("version"));
    }

    @Test
    void theAppstoreUrlGoesBackToAmazonsCallbackWithBothStates() {
        assertEquals("https://sellercentral.amazon.com/apps/authorize/confirm/x?a=1&redirect_uri="
                        + "https%3A%2F%2Fgw.example%2Famazon%2Fauthorization%2Fcallback&amazon_state=am%26z&state=S",
                AuthorizationUrls.appstore("https://sellercentral.amazon.com/apps/authorize/confirm/x?a=1", "am&z",
                        app(false), "S"));
    }

    @Test
    void theOutcomeIsAddedToTheReturnUrlsQuery() {
        assertEquals("https://app.example/back?authorization_id=id-1&status=connected",
                AuthorizationUrls.outcome("https://app.example/back", "id-1", "connected", Optional.empty()));
        assertEquals("https://app.example/back?t=2&authorization_id=id-1&status=error&error=invalid_code",
                AuthorizationUrls.outcome("https://app.example/back?t=2", "id-1", "error", Optional.of("invalid_code")));
    }

    @Test
    void statesAreLongRandomAndStoredOnlyAsTheirHash() {
        Set<String> states = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String state = StateTokens.newState();
            assertTrue(StateTokens.wellFormed(state), state);
            assertTrue(states.add(state));
        }
        String state = StateTokens.newState();
        String hash = StateTokens.hash(state);
        assertEquals(64, hash.length());
        assertNotEquals(state, hash);
        assertFalse(hash.contains(state));
        assertEquals(hash, StateTokens.hash(state));
        assertFalse(StateTokens.wellFormed(state + "x"));
        assertFalse(StateTokens.wellFormed(null));
        assertFalse(StateTokens.wellFormed("<script>"));
    }
}
