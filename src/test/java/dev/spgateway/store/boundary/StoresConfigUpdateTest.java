package dev.spgateway.store.boundary;

import static dev.spgateway.store.boundary.StoresFixture.ACME;
import static dev.spgateway.store.boundary.StoresFixture.NEW_SECRET;
import static dev.spgateway.store.boundary.StoresFixture.NOW;
import static dev.spgateway.store.boundary.StoresFixture.OTHER;
import static dev.spgateway.store.boundary.StoresFixture.US;
import static dev.spgateway.store.boundary.StoresFixture.assertCode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spgateway.api.control.ApiException;
import dev.spgateway.api.control.ReturnCode;
import dev.spgateway.store.control.ConfigAnswer;
import dev.spgateway.store.control.ConfigChange;
import dev.spgateway.store.control.CredentialRules;
import dev.spgateway.store.control.IdempotentReplays;
import dev.spgateway.store.entity.StoreConnection;
import jakarta.persistence.PersistenceException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** account.config.update through Stores: when Amazon is asked, what is written on which version, replays. */
class StoresConfigUpdateTest {

    private final StoresFixture fx = new StoresFixture();

    @Test
    void aNewSecretIsCheckedWithTheMergedCredentialsThenWrittenOnTheVersionRead() {
        StoreConnection store = fx.existingStore(ACME, "A2SELLER000001");

        int updated = fx.stores.updateConfig(ACME, store.storeKey(), Map.of(CredentialRules.CLIENT_SECRET, NEW_SECRET),
                Optional.empty(), true, Optional.empty()).updatedItems();

        assertEquals(1, updated);
        assertEquals(NEW_SECRET, fx.verified.get(0).clientSecret().reveal());
        assertEquals(store.credentials().refreshToken().reveal(), fx.verified.get(0).refreshToken().reveal());
        ConfigChange change = (ConfigChange) fx.written.get(0);
        assertEquals(store.id(), change.storeId());
        assertEquals(store.version(), change.basedOnVersion());
        assertTrue(change.credentialsChanged());
        assertEquals(Optional.of(List.of(US)), change.verifiedMarketplaces());
        assertEquals(Optional.empty(), change.answer());
        assertEquals(NOW, change.now());
    }

    @Test
    void aNewSecretAmazonRefusesLeavesTheStoreAsItWas() {
        StoreConnection store = fx.existingStore(ACME, "A2SELLER000001");
        fx.amazonRefuses = new ApiException(ReturnCode.STORE_ACCESS_DENIED, "invalid_client");

        assertCode(ReturnCode.STORE_ACCESS_DENIED, () -> fx.stores.updateConfig(ACME, store.storeKey(),
                Map.of(CredentialRules.CLIENT_SECRET, NEW_SECRET), Optional.empty(), true, Optional.empty()));
        assertEquals(List.of(), fx.written);
    }

    @Test
    void withoutVerifyANewSecretIsWrittenUnchecked() {
        StoreConnection store = fx.existingStore(ACME, "A2SELLER000001");

        fx.stores.updateConfig(ACME, store.storeKey(), Map.of(CredentialRules.CLIENT_SECRET, NEW_SECRET),
                Optional.empty(), false, Optional.empty());

        assertEquals(List.of(), fx.verified);
        assertEquals(Optional.empty(), ((ConfigChange) fx.written.get(0)).verifiedMarketplaces());
    }

    @Test
    void aNewLabelOrExpiryAloneAsksNobodyAndTheSameValuesChangeNothing() {
        StoreConnection store = fx.existingStore(ACME, "A2SELLER000001");
        String key = store.storeKey();

        assertEquals(new ConfigAnswer(1), fx.stores.updateConfig(ACME, key, Map.of(), Optional.of("Outlet"), true, Optional.empty()));
        ConfigChange relabel = (ConfigChange) fx.written.get(0);
        assertFalse(relabel.credentialsChanged());
        assertEquals(Optional.of("Outlet"), relabel.label());
        assertEquals(new ConfigAnswer(2), fx.stores.updateConfig(ACME, key, Map.of(CredentialRules.SECRET_EXPIRES_AT,
                "2027-05-01T00:00:00Z"), Optional.of("Outlet 2"), true, Optional.empty()));
        assertEquals(List.of(), fx.verified);

        fx.written.clear();
        assertEquals(new ConfigAnswer(0), fx.stores.updateConfig(ACME, key, Map.of(CredentialRules.CLIENT_SECRET,
                store.credentials().clientSecret().reveal()), Optional.of(store.customLabel()), true,
                Optional.empty()));
        assertEquals(List.of(), fx.written, "the stored secret and the stored label: nothing to write");
        assertEquals(List.of(), fx.verified);
    }

    @Test
    void anotherAccountsStoreKeyIs101AndBadInputComesFirst() {
        StoreConnection store = fx.existingStore(ACME, "A2SELLER000001");

        assertCode(ReturnCode.STORE_NOT_FOUND, () -> fx.stores.updateConfig(OTHER, store.storeKey(),
                Map.of(CredentialRules.CLIENT_SECRET, NEW_SECRET), Optional.empty(), true, Optional.empty()));
        assertCode(ReturnCode.INCORRECT_PARAMETER, () -> fx.stores.updateConfig(OTHER, store.storeKey(), Map.of(),
                Optional.of("bell\u0007"), true, Optional.empty()));
        assertCode(ReturnCode.INCORRECT_PARAMETER, () -> fx.stores.updateConfig(OTHER, "no-such-store", Map.of(),
                Optional.empty(), true, Optional.of("key\u0000")));
        assertCode(ReturnCode.INCORRECT_PARAMETER, () -> fx.stores.updateConfig(ACME, store.storeKey(),
                Map.of(CredentialRules.SELLER_ID, "A2SELLER000009"), Optional.empty(), true, Optional.empty()));
        assertEquals(List.of(), fx.verified);
        assertEquals(List.of(), fx.written);
    }

    @Test
    void aRepeatedIdempotentRequestGetsTheFirstAnswerAndChangesNothing() {
        StoreConnection store = fx.existingStore(ACME, "A2SELLER000001");
        Map<String, String> change = Map.of(CredentialRules.CLIENT_SECRET, NEW_SECRET);

        assertEquals(new ConfigAnswer(1), fx.stores.updateConfig(ACME, store.storeKey(), change, Optional.empty(), true,
                Optional.of("retry-1")));
        ConfigChange first = (ConfigChange) fx.written.get(0);
        IdempotentReplays.FirstAnswer remembered = first.answer().orElseThrow();
        assertEquals("account-a", remembered.accountId());
        assertEquals("retry-1", remembered.key());
        assertEquals(fx.fingerprintsAsked.get(0), remembered.fingerprint());
        fx.firstAnswers.put("account-a/retry-1/" + remembered.fingerprint(), remembered.resultJson());
        fx.verified.clear();
        fx.written.clear();

        assertEquals(new ConfigAnswer(1), fx.stores.updateConfig(ACME, store.storeKey(), change, Optional.empty(), true,
                Optional.of("retry-1")));
        assertEquals(List.of(), fx.verified);
        assertEquals(List.of(), fx.written);

        fx.stores.updateConfig(ACME, store.storeKey(), change, Optional.empty(), false, Optional.of("retry-1"));
        assertNotEquals(fx.fingerprintsAsked.get(0), fx.fingerprintsAsked.get(2), "verify is part of the request");
    }

    @Test
    void anIdempotencyKeyIsRememberedEvenWhenNothingChanges() {
        StoreConnection store = fx.existingStore(ACME, "A2SELLER000001");

        assertEquals(new ConfigAnswer(0), fx.stores.updateConfig(ACME, store.storeKey(), Map.of(), Optional.empty(), true,
                Optional.of("noop-1")));

        ConfigChange change = (ConfigChange) fx.written.get(0);
        assertEquals(new ConfigAnswer(0).json(), change.answer().orElseThrow().resultJson());
        assertFalse(change.credentialsChanged());
        assertEquals(List.of(), fx.verified);
    }

    @Test
    void aConcurrentCallWithTheSameKeyThatWroteFirstGivesThisCallItsAnswer() {
        StoreConnection store = fx.existingStore(ACME, "A2SELLER000001");
        fx.beforeWriteRefused = () -> fx.firstAnswers.put("account-a/race-1/" + fx.fingerprintsAsked.get(0),
                new ConfigAnswer(3).json());

        assertEquals(new ConfigAnswer(3), fx.stores.updateConfig(ACME, store.storeKey(), Map.of(CredentialRules.CLIENT_SECRET,
                NEW_SECRET), Optional.empty(), true, Optional.of("race-1")));

        fx.beforeWriteRefused = () -> { };
        assertThrows(PersistenceException.class, () -> fx.stores.updateConfig(ACME, store.storeKey(),
                Map.of(CredentialRules.CLIENT_SECRET, NEW_SECRET), Optional.empty(), true, Optional.empty()),
                "without a key the refusal stands");
    }
}
