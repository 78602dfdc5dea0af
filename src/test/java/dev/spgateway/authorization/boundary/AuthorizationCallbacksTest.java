package dev.spgateway.authorization.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spgateway.amazon.control.LwaCodeGrant;
import dev.spgateway.amazon.control.LwaFailure;
import dev.spgateway.amazon.control.LwaUnavailable;
import dev.spgateway.amazon.control.SellingRegion;
import dev.spgateway.amazon.control.SpApiCredentials;
import dev.spgateway.api.control.ApiException;
import dev.spgateway.api.control.ReturnCode;
import dev.spgateway.authorization.control.AuthorizationWrites;
import dev.spgateway.authorization.control.CallbackOutcome;
import dev.spgateway.authorization.control.OAuthSettings;
import dev.spgateway.authorization.control.StateTokens;
import dev.spgateway.authorization.entity.AuthorizationRequest;
import dev.spgateway.authorization.entity.Workflow;
import dev.spgateway.secrets.entity.Secret;
import dev.spgateway.store.boundary.Stores;
import dev.spgateway.store.control.ConnectedStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The callback's decisions, with the database, LWA and the store boundary faked. */
class AuthorizationCallbacksTest {

    private static final Instant NOW = Instant.parse("2027-01-10T12:00:00Z");
    private static final String RETURN = "https://app.example/back";
    private static final String SELLER = "A2SELLER000001";

    private final Map<String, AuthorizationRequest> byHash = new HashMap<>();
    private final List<String> claimed = new ArrayList<>();
    private final List<String> outcomes = new ArrayList<>();
    private final List<SpApiCredentials> connected = new ArrayList<>();
    private RuntimeException lwaRefuses;
    private RuntimeException storeRefuses;
    private final AuthorizationCallbacks callbacks = new AuthorizationCallbacks();

    AuthorizationCallbacksTest() {
        callbacks.clock = Clock.fixed(NOW, ZoneOffset.UTC);
        callbacks.settings = new OAuthSettings() {
            @Override
            public Application application() {
                return new Application("amzn1.sp.solution.x", "amzn1.application-oa2-client.app", Secret.of("secret"),
                        "https://gw.example/amazon/authorization/callback", false, List.of(RETURN), List.of(),
                        Duration.ofMinutes(10));
            }
        };
        callbacks.writes = new AuthorizationWrites() {
            @Override
            public Optional<AuthorizationRequest> claim(String stateHash, Instant now) {
                AuthorizationRequest request = byHash.get(stateHash);
                if (request == null || claimed.contains(stateHash) || request.expiredAt(now)) {
                    return Optional.empty();
                }
                claimed.add(stateHash);
                return Optional.of(request);
            }

            @Override
            public Optional<AuthorizationRequest> findByState(String stateHash) {
                return Optional.ofNullable(byHash.get(stateHash));
            }

            @Override
            public void connected(String id, String storeKey, String sellerId, List<String> marketplaces, Instant now) {
                outcomes.add("connected " + storeKey);
            }

            @Override
            public void cancelled(String id, Instant now) {
                outcomes.add("cancelled");
            }

            @Override
            public void failed(String id, String code, Instant now) {
                outcomes.add("failed " + code);
            }
        };
        callbacks.codes = new LwaCodeGrant() {
            @Override
            public Secret refreshToken(String clientId, Secret clientSecret, String code, Optional<String> redirectUri) {
                assertEquals(Optional.of("https://gw.example/amazon/authorization/callback"), redirectUri);
                if (lwaRefuses != null) {
                    throw lwaRefuses;
                }
                return Secret.of("Atzr|for-" + code);
            }
        };
        callbacks.stores = new Stores() {
            @Override
            public ConnectedStore connectAuthorized(String accountId, SpApiCredentials credentials,
                    Optional<String> customLabel) {
                if (storeRefuses != null) {
                    throw storeRefuses;
                }
                connected.add(credentials);
                return new ConnectedStore("store-key-1", credentials.sellerId(), List.of("ATVPDKIKX0DER"), false);
            }
        };
    }

    private String pending(Instant startedAt) {
        String state = StateTokens.newState();
        AuthorizationRequest request = new AuthorizationRequest("account-a", StateTokens.hash(state),
                SellingRegion.NORTH_AMERICA, Workflow.WEBSITE, RETURN, null, startedAt, startedAt.plusSeconds(600));
        byHash.put(StateTokens.hash(state), request);
        return state;
    }

    private CallbackOutcome complete(String state, String code, String error) {
        return callbacks.complete(new AuthorizationCallbacks.Callback(state, code, SELLER, error));
    }

    @Test
    void aConfirmedConsentConnectsTheStoreWithTheApplicationsCredentialsAndGoesBack() {
        String state = pending(NOW.minusSeconds(30));

        CallbackOutcome outcome = complete(state, "ANcode1", null);

        assertTrue(outcome.redirectTo().orElseThrow().startsWith(RETURN + "?authorization_id="));
        assertTrue(outcome.redirectTo().get().endsWith("&status=connected"), outcome.toString());
        assertEquals(List.of("connected store-key-1"), outcomes);
        SpApiCredentials credentials = connected.get(0);
        assertEquals(SELLER, credentials.sellerId());
        assertEquals("amzn1.application-oa2-client.app", credentials.clientId());
        assertEquals("Atzr|for-ANcode1", credentials.refreshToken().reveal());
        assertEquals(SellingRegion.NORTH_AMERICA, credentials.region());
    }

    @Test
    void theSecondUseOfAStateIsAPageAndChangesNothing() {
        String state = pending(NOW.minusSeconds(30));
        complete(state, "ANcode1", null);

        CallbackOutcome replay = complete(state, "ANcode1", null);

        assertEquals(Optional.empty(), replay.redirectTo());
        assertEquals(409, replay.pageStatus());
        assertEquals(1, connected.size());
    }

    @Test
    void unknownOrMalformedStatesArePagesWithoutARedirect() {
        assertEquals(400, complete(StateTokens.newState(), "ANcode1", null).pageStatus());
        assertEquals(400, complete("<script>", "ANcode1", null).pageStatus());
        assertEquals(400, complete(null, "ANcode1", null).pageStatus());
        assertEquals(List.of(), connected);
    }

    @Test
    void anExpiredStateGoesBackWithItsErrorAndNothingIsExchanged() {
        String state = pending(NOW.minusSeconds(601));

        CallbackOutcome outcome = complete(state, "ANcode1", null);

        assertTrue(outcome.redirectTo().orElseThrow().endsWith("&status=error&error=expired_state"), outcome.toString());
        assertEquals(List.of(), connected);
    }

    @Test
    void cancelAndEveryRefusalHaveTheirOwnOutcome() {
        assertTrue(complete(pending(NOW), null, "access_denied").redirectTo().orElseThrow().endsWith("status=cancelled"));
        assertTrue(complete(pending(NOW), null, null).redirectTo().orElseThrow().endsWith("error=invalid_callback"));
        lwaRefuses = new LwaFailure("invalid_grant", "used");
        assertTrue(complete(pending(NOW), "ANcode2", null).redirectTo().orElseThrow().endsWith("error=invalid_code"));
        lwaRefuses = new LwaFailure("invalid_client", "bad secret");
        assertTrue(complete(pending(NOW), "ANcode3", null).redirectTo().orElseThrow()
                .endsWith("error=application_rejected"));
        lwaRefuses = new LwaUnavailable("503");
        assertTrue(complete(pending(NOW), "ANcode4", null).redirectTo().orElseThrow().endsWith("error=amazon_unavailable"));
        lwaRefuses = null;
        storeRefuses = new ApiException(ReturnCode.INCORRECT_PARAMETER, "no marketplace of the region");
        assertTrue(complete(pending(NOW), "ANcode5", null).redirectTo().orElseThrow()
                .endsWith("error=verification_failed"));
        assertEquals(List.of("cancelled", "failed invalid_callback", "failed invalid_code",
                "failed application_rejected", "failed amazon_unavailable", "failed verification_failed"), outcomes);
        assertEquals(List.of(), connected);
    }

    @Test
    void noUrlCarriesTheStoreKey() {
        CallbackOutcome outcome = complete(pending(NOW), "ANcode1", null);

        assertTrue(!outcome.redirectTo().orElseThrow().contains("store-key-1"));
    }
}
