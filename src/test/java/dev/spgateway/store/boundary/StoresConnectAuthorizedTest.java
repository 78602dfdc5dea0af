package dev.spgateway.store.boundary;

import static dev.spgateway.store.boundary.StoresFixture.ACME;
import static dev.spgateway.store.boundary.StoresFixture.NOW;
import static dev.spgateway.store.boundary.StoresFixture.OTHER;
import static dev.spgateway.store.boundary.StoresFixture.US;
import static dev.spgateway.store.boundary.StoresFixture.parameters;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spgateway.amazon.control.SpApiCredentials;
import dev.spgateway.api.control.ApiException;
import dev.spgateway.secrets.entity.Secret;
import dev.spgateway.store.control.ConfigChange;
import dev.spgateway.store.control.ConnectedStore;
import dev.spgateway.store.control.CredentialRules;
import dev.spgateway.store.control.NewStore;
import dev.spgateway.store.entity.StoreConnection;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Stores connected by a seller's consent, and the gateway's own application getting a new secret. */
class StoresConnectAuthorizedTest {

    private final StoresFixture fx = new StoresFixture();

    private static SpApiCredentials consented(String sellerId, String refreshToken) {
        var values = parameters(sellerId);
        values.put(CredentialRules.REFRESH_TOKEN, refreshToken);
        return CredentialRules.parse(values);
    }

    @Test
    void aNewSellerIsCheckedLiveThenStoredInTheAccountThatStartedTheAuthorization() {
        ConnectedStore store = fx.stores.connectAuthorized("account-a", consented("A2SELLER000001", "Atzr|new"),
                Optional.of("Shop"));

        assertEquals(1, fx.verified.size());
        assertEquals("account-a", fx.verified.get(0).quotaOwner());
        NewStore draft = (NewStore) fx.written.get(0);
        assertEquals("account-a", draft.accountId());
        assertEquals(List.of(US), draft.marketplaces());
        assertEquals(Optional.of("Shop"), draft.label());
        assertFalse(store.reauthorized());
        assertEquals(draft.credentials().sellerId(), store.sellerId());
    }

    @Test
    void aSellerConnectedBeforeKeepsItsStoreKeyAndGetsTheNewRefreshToken() {
        StoreConnection existing = fx.existingStore(ACME, "A2SELLER000001");
        fx.existingStore(OTHER, "A2SELLER000001");

        ConnectedStore store = fx.stores.connectAuthorized("account-a", consented("A2SELLER000001", "Atzr|again"),
                Optional.empty());

        assertTrue(store.reauthorized());
        assertEquals(existing.storeKey(), store.storeKey());
        ConfigChange change = (ConfigChange) fx.written.get(0);
        assertEquals(existing.id(), change.storeId());
        assertEquals(existing.version(), change.basedOnVersion());
        assertTrue(change.credentialsChanged());
        assertEquals("Atzr|again", change.credentials().refreshToken().reveal());
        assertEquals(Optional.of(List.of(US)), change.verifiedMarketplaces());
        assertEquals(1, fx.written.size());
    }

    @Test
    void aFailedLiveCheckStoresNothing() {
        fx.existingStore(ACME, "A2SELLER000001");
        fx.amazonRefuses = new ApiException(dev.spgateway.api.control.ReturnCode.STORE_API_ERROR, "refused");

        assertThrows(ApiException.class, () -> fx.stores.connectAuthorized("account-a",
                consented("A2SELLER000001", "Atzr|again"), Optional.empty()));

        assertEquals(List.of(), fx.written);
    }

    @Test
    void aNewApplicationSecretReachesEveryStoreOfTheApplicationInEveryAccountOnce() {
        StoreConnection mine = fx.existingStore(ACME, "A2SELLER000001");
        StoreConnection theirs = fx.existingStore(OTHER, "A2SELLER000002");
        Secret rotated = Secret.of(StoresFixture.NEW_SECRET);

        int changed = fx.stores.applicationSecretRotated(mine.clientId(), rotated);

        assertEquals(2, changed);
        List<String> storeIds = fx.written.stream().map(change -> ((ConfigChange) change).storeId()).toList();
        assertEquals(List.of(mine.id(), theirs.id()), storeIds);
        for (Object written : fx.written) {
            ConfigChange change = (ConfigChange) written;
            assertTrue(change.credentials().clientSecret().sameAs(rotated));
            assertEquals("Atzr|refresh-token", change.credentials().refreshToken().reveal(), "the seller's grant stays");
            assertEquals(NOW, change.now());
        }
    }

    @Test
    void storesThatHoldTheSecretAlreadyAreLeftAsTheyAre() {
        StoreConnection mine = fx.existingStore(ACME, "A2SELLER000001");

        int changed = fx.stores.applicationSecretRotated(mine.clientId(), mine.credentials().clientSecret());

        assertEquals(0, changed);
        assertEquals(List.of(), fx.written);
    }
}
