package dev.spgateway.store.boundary;

import static dev.spgateway.store.boundary.StoresFixture.ACME;
import static dev.spgateway.store.boundary.StoresFixture.NOW;
import static dev.spgateway.store.boundary.StoresFixture.OTHER;
import static dev.spgateway.store.boundary.StoresFixture.US;
import static dev.spgateway.store.boundary.StoresFixture.assertCode;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.spgateway.api.control.ReturnCode;
import dev.spgateway.store.control.SecretLifetimes;
import dev.spgateway.store.control.StoreChecks;
import dev.spgateway.store.entity.StoreConnection;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Stores' lookups, checks and removals, each within the caller's account. */
class StoresTest {

    private final StoresFixture fx = new StoresFixture();

    @Test
    void validateAnswersTheOutcomeOfTheCheckOfTheCallersStore() {
        StoreConnection store = fx.existingStore(ACME, "A2SELLER000001");

        fx.checkOutcome = new StoreChecks.Outcome(true, List.of(US), null);
        assertEquals(Map.of("valid", true, "stores", List.of(US)), fx.stores.validate(ACME, store.storeKey()));
        fx.checkOutcome = new StoreChecks.Outcome(false, List.of(), "invalid_grant: the refresh token was revoked");
        assertEquals(Map.of("valid", false, "message", "invalid_grant: the refresh token was revoked"),
                fx.stores.validate(ACME, store.storeKey()));
        assertEquals(List.of("check " + store.id(), "check " + store.id()), fx.written);

        assertCode(ReturnCode.STORE_NOT_FOUND, () -> fx.stores.validate(OTHER, store.storeKey()));
    }

    @Test
    void deleteRemovesOnlyTheCallersStore() {
        StoreConnection store = fx.existingStore(ACME, "A2SELLER000001");

        assertCode(ReturnCode.STORE_NOT_FOUND, () -> fx.stores.delete(OTHER, store.storeKey()));
        assertEquals(List.of(), fx.written);

        fx.stores.delete(ACME, store.storeKey());
        assertEquals(List.of("delete " + store.id()), fx.written);
    }

    @Test
    void listAndInfoShowOnlyTheCallersStores() {
        StoreConnection mine = fx.existingStore(ACME, "A2SELLER000001");
        fx.existingStore(OTHER, "A2SELLER000002");

        assertEquals(1, fx.stores.list(ACME).size());
        assertEquals(mine.customLabel(), fx.stores.info(ACME, mine.storeKey()).get("name"));
        assertCode(ReturnCode.STORE_NOT_FOUND, () -> fx.stores.info(OTHER, mine.storeKey()));
    }

    @Test
    void credentialsOfAStoreThatIsGoneAre101() {
        StoreConnection store = fx.existingStore(ACME, "A2SELLER000001");

        assertEquals(store.credentials().clientSecret().reveal(),
                fx.stores.credentials(store.id()).clientSecret().reveal());
        assertCode(ReturnCode.STORE_NOT_FOUND, () -> fx.stores.credentials("no-such-id"));
    }

    @Test
    void anAnnouncedExpiryGoesToTheCallersStoresOfThatClient() {
        List<Object> announced = new ArrayList<>();
        fx.stores.lifetimes = new SecretLifetimes() {
            @Override
            public int expiryAnnounced(String accountId, String clientId, Instant expiresAt) {
                announced.add(List.of(accountId, clientId, expiresAt));
                return 2;
            }
        };
        Instant at = NOW.plus(Duration.ofDays(90));

        assertEquals(2, fx.stores.secretExpiryAnnounced(ACME, "amzn1.application-oa2-client.abcdef0123456789", at));
        assertEquals(List.of(List.of("account-a", "amzn1.application-oa2-client.abcdef0123456789", at)), announced);
    }
}
