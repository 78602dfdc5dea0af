package dev.spgateway.store.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spgateway.amazon.control.SpApiCredentials;
import dev.spgateway.api.control.ApiException;
import dev.spgateway.api.control.Caller;
import dev.spgateway.api.control.ReturnCode;
import dev.spgateway.secrets.control.SecretKeyring;
import dev.spgateway.store.control.ConfigAnswer;
import dev.spgateway.store.control.ConfigChange;
import dev.spgateway.store.control.CredentialRules;
import dev.spgateway.store.control.IdempotentReplays;
import dev.spgateway.store.control.NewStore;
import dev.spgateway.store.control.SecretLifetimes;
import dev.spgateway.store.control.SecretState;
import dev.spgateway.store.control.SecretStates;
import dev.spgateway.store.control.StoreChecks;
import dev.spgateway.store.control.StoreVerifier;
import dev.spgateway.store.control.StoreWrites;
import dev.spgateway.store.control.WriteRefusals;
import dev.spgateway.store.entity.CredentialState;
import dev.spgateway.store.entity.StoreConnection;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Stores' decisions, with the store rows, Amazon's checks and the writes played by fakes. */
class StoresTest {

    private static final Instant NOW = Instant.parse("2027-03-01T10:00:00Z");
    private static final Caller ACME = new Caller("account-a");
    private static final Caller OTHER = new Caller("account-b");
    private static final String US = "ATVPDKIKX0DER";
    private static final String NEW_SECRET = "amzn1.oa2-cs.v1.rotated-secret";

    private final StoreTable table = new StoreTable();
    private final List<SpApiCredentials> verified = new ArrayList<>();
    private final List<Object> written = new ArrayList<>();
    private final Map<String, String> firstAnswers = new HashMap<>();
    private final List<String> fingerprintsAsked = new ArrayList<>();
    private RuntimeException amazonRefuses;
    private Runnable beforeWriteRefused;
    private StoreChecks.Outcome checkOutcome;
    private final Stores stores = new Stores();

    @BeforeAll
    static void keyring() {
        SecretKeyring.install(new SecretKeyring(SecretKeyring.newKey(), List.of()));
    }

    StoresTest() {
        stores.em = table.entityManager();
        stores.clock = Clock.fixed(NOW, ZoneOffset.UTC);
        stores.verifier = new StoreVerifier() {
            @Override
            public List<String> verify(SpApiCredentials credentials) {
                verified.add(credentials);
                if (amazonRefuses != null) {
                    throw amazonRefuses;
                }
                return List.of(US);
            }
        };
        stores.writes = new StoreWrites() {
            @Override
            public String create(NewStore draft) {
                refuseIfAsked();
                written.add(draft);
                return "s".repeat(40);
            }

            @Override
            public void update(ConfigChange change) {
                refuseIfAsked();
                written.add(change);
            }

            @Override
            public void delete(String storeId) {
                written.add("delete " + storeId);
            }
        };
        stores.replays = new IdempotentReplays() {
            @Override
            public Optional<String> replay(String accountId, String key, String fingerprint) {
                fingerprintsAsked.add(fingerprint);
                return Optional.ofNullable(firstAnswers.get(accountId + "/" + key + "/" + fingerprint));
            }
        };
        stores.secretStates = new SecretStates() {
            @Override
            public SecretState of(StoreConnection store) {
                return new SecretState(CredentialState.OK, 170, store.clientSecretExpiresAt(), null);
            }
        };
        stores.checks = new StoreChecks() {
            @Override
            public Outcome check(StoreConnection store) {
                written.add("check " + store.id());
                return checkOutcome;
            }
        };
    }

    @Test
    void aVerifiedStoreIsWrittenWithAmazonsMarketplacesForTheCallersAccount() {
        String storeKey = stores.add(ACME, parameters("A2SELLER000001"), true, Optional.of("Main shop"));

        assertEquals("s".repeat(40), storeKey);
        assertEquals(1, verified.size());
        assertEquals("account-a", verified.get(0).quotaOwner(), "Amazon is asked on the account's usage plan");
        NewStore draft = (NewStore) written.get(0);
        assertEquals("account-a", draft.accountId());
        assertEquals("A2SELLER000001", draft.credentials().sellerId());
        assertEquals(List.of(US), draft.marketplaces());
        assertEquals(Optional.of("Main shop"), draft.label());
        assertEquals(Optional.empty(), draft.givenExpiry());
        assertEquals(NOW, draft.now());
    }

    @Test
    void withoutVerifyNobodyIsAskedAndNoMarketplaceIsStored() {
        Map<String, String> parameters = parameters("A2SELLER000001");
        parameters.put(CredentialRules.SECRET_EXPIRES_AT, "2027-06-01T00:00:00Z");

        stores.add(ACME, parameters, false, Optional.empty());

        assertEquals(List.of(), verified);
        NewStore draft = (NewStore) written.get(0);
        assertEquals(List.of(), draft.marketplaces());
        assertEquals(Optional.of(Instant.parse("2027-06-01T00:00:00Z")), draft.givenExpiry());
    }

    @Test
    void badInputIs109BeforeAmazonIsAsked() {
        Map<String, String> badRegion = parameters("A2SELLER000001");
        badRegion.put(CredentialRules.AWS_REGION, "mars-north-1");
        Map<String, String> pastExpiry = parameters("A2SELLER000001");
        pastExpiry.put(CredentialRules.SECRET_EXPIRES_AT, "2020-01-01T00:00:00Z");

        assertCode(ReturnCode.INCORRECT_PARAMETER, () -> stores.add(ACME, badRegion, true, Optional.empty()));
        assertCode(ReturnCode.INCORRECT_PARAMETER, () -> stores.add(ACME, pastExpiry, true, Optional.empty()));
        assertCode(ReturnCode.INCORRECT_PARAMETER, () -> stores.add(ACME, parameters("A2SELLER000001"), true,
                Optional.of("tab\tin the label")));
        Map<String, String> noToken = parameters("A2SELLER000001");
        noToken.remove(CredentialRules.REFRESH_TOKEN);
        assertCode(ReturnCode.REQUIRED_PARAMETER_MISSING, () -> stores.add(ACME, noToken, true, Optional.empty()));

        assertEquals(List.of(), verified);
        assertEquals(List.of(), written);
    }

    @Test
    void theSameSellerAndRegionTwiceInOneAccountIs8BeforeAmazonIsAsked() {
        StoreConnection existing = existingStore(ACME, "A2SELLER000001");

        assertCode(ReturnCode.STORE_ALREADY_EXISTS,
                () -> stores.add(ACME, parameters("A2SELLER000001"), true, Optional.empty()));
        assertEquals(List.of(), verified);
        assertEquals(List.of(), written);

        stores.add(OTHER, parameters(existing.sellerId()), true, Optional.empty());
        assertEquals("account-b", ((NewStore) written.get(0)).accountId(), "another account may add the seller");
    }

    @Test
    void credentialsAmazonRefusesAreNotWritten() {
        amazonRefuses = new ApiException(ReturnCode.STORE_ACCESS_DENIED, "invalid_grant");

        assertCode(ReturnCode.STORE_ACCESS_DENIED,
                () -> stores.add(ACME, parameters("A2SELLER000001"), true, Optional.empty()));
        assertEquals(List.of(), written);
    }

    @Test
    void aDuplicateThatWonTheRaceIs8AndAnyOtherRefusedWriteKeepsItsReason() {
        beforeWriteRefused = () -> existingStore(ACME, "A2SELLER000001");
        assertCode(ReturnCode.STORE_ALREADY_EXISTS,
                () -> stores.add(ACME, parameters("A2SELLER000001"), true, Optional.empty()));

        beforeWriteRefused = () -> { };
        PersistenceException reason = assertThrows(PersistenceException.class,
                () -> stores.add(ACME, parameters("A2SELLER000002"), true, Optional.empty()));
        assertEquals("refused by the database", reason.getMessage());
    }

    @Test
    void aNewSecretIsCheckedWithTheMergedCredentialsThenWrittenOnTheVersionRead() {
        StoreConnection store = existingStore(ACME, "A2SELLER000001");

        int updated = stores.updateConfig(ACME, store.storeKey(), Map.of(CredentialRules.CLIENT_SECRET, NEW_SECRET),
                Optional.empty(), true, Optional.empty());

        assertEquals(1, updated);
        assertEquals(NEW_SECRET, verified.get(0).clientSecret().reveal());
        assertEquals(store.credentials().refreshToken().reveal(), verified.get(0).refreshToken().reveal());
        ConfigChange change = (ConfigChange) written.get(0);
        assertEquals(store.id(), change.storeId());
        assertEquals(store.version(), change.basedOnVersion());
        assertTrue(change.credentialsChanged());
        assertEquals(Optional.of(List.of(US)), change.verifiedMarketplaces());
        assertEquals(Optional.empty(), change.answer());
        assertEquals(NOW, change.now());
    }

    @Test
    void aNewSecretAmazonRefusesLeavesTheStoreAsItWas() {
        StoreConnection store = existingStore(ACME, "A2SELLER000001");
        amazonRefuses = new ApiException(ReturnCode.STORE_ACCESS_DENIED, "invalid_client");

        assertCode(ReturnCode.STORE_ACCESS_DENIED, () -> stores.updateConfig(ACME, store.storeKey(),
                Map.of(CredentialRules.CLIENT_SECRET, NEW_SECRET), Optional.empty(), true, Optional.empty()));
        assertEquals(List.of(), written);
    }

    @Test
    void withoutVerifyANewSecretIsWrittenUnchecked() {
        StoreConnection store = existingStore(ACME, "A2SELLER000001");

        stores.updateConfig(ACME, store.storeKey(), Map.of(CredentialRules.CLIENT_SECRET, NEW_SECRET),
                Optional.empty(), false, Optional.empty());

        assertEquals(List.of(), verified);
        assertEquals(Optional.empty(), ((ConfigChange) written.get(0)).verifiedMarketplaces());
    }

    @Test
    void aNewLabelOrExpiryAloneAsksNobodyAndTheSameValuesChangeNothing() {
        StoreConnection store = existingStore(ACME, "A2SELLER000001");
        String key = store.storeKey();

        assertEquals(1, stores.updateConfig(ACME, key, Map.of(), Optional.of("Outlet"), true, Optional.empty()));
        ConfigChange relabel = (ConfigChange) written.get(0);
        assertFalse(relabel.credentialsChanged());
        assertEquals(Optional.of("Outlet"), relabel.label());
        assertEquals(2, stores.updateConfig(ACME, key, Map.of(CredentialRules.SECRET_EXPIRES_AT,
                "2027-05-01T00:00:00Z"), Optional.of("Outlet 2"), true, Optional.empty()));
        assertEquals(List.of(), verified);

        written.clear();
        assertEquals(0, stores.updateConfig(ACME, key, Map.of(CredentialRules.CLIENT_SECRET,
                store.credentials().clientSecret().reveal()), Optional.of(store.customLabel()), true,
                Optional.empty()));
        assertEquals(List.of(), written, "the stored secret and the stored label: nothing to write");
        assertEquals(List.of(), verified);
    }

    @Test
    void anotherAccountsStoreKeyIs101AndBadInputComesFirst() {
        StoreConnection store = existingStore(ACME, "A2SELLER000001");

        assertCode(ReturnCode.STORE_NOT_FOUND, () -> stores.updateConfig(OTHER, store.storeKey(),
                Map.of(CredentialRules.CLIENT_SECRET, NEW_SECRET), Optional.empty(), true, Optional.empty()));
        assertCode(ReturnCode.INCORRECT_PARAMETER, () -> stores.updateConfig(OTHER, store.storeKey(), Map.of(),
                Optional.of("bell\u0007"), true, Optional.empty()));
        assertCode(ReturnCode.INCORRECT_PARAMETER, () -> stores.updateConfig(OTHER, "no-such-store", Map.of(),
                Optional.empty(), true, Optional.of("key\u0000")));
        assertCode(ReturnCode.INCORRECT_PARAMETER, () -> stores.updateConfig(ACME, store.storeKey(),
                Map.of(CredentialRules.SELLER_ID, "A2SELLER000009"), Optional.empty(), true, Optional.empty()));
        assertEquals(List.of(), verified);
        assertEquals(List.of(), written);
    }

    @Test
    void aRepeatedIdempotentRequestGetsTheFirstAnswerAndChangesNothing() {
        StoreConnection store = existingStore(ACME, "A2SELLER000001");
        Map<String, String> change = Map.of(CredentialRules.CLIENT_SECRET, NEW_SECRET);

        assertEquals(1, stores.updateConfig(ACME, store.storeKey(), change, Optional.empty(), true,
                Optional.of("retry-1")));
        ConfigChange first = (ConfigChange) written.get(0);
        IdempotentReplays.FirstAnswer remembered = first.answer().orElseThrow();
        assertEquals("account-a", remembered.accountId());
        assertEquals("retry-1", remembered.key());
        assertEquals(fingerprintsAsked.get(0), remembered.fingerprint());
        firstAnswers.put("account-a/retry-1/" + remembered.fingerprint(), remembered.resultJson());
        verified.clear();
        written.clear();

        assertEquals(1, stores.updateConfig(ACME, store.storeKey(), change, Optional.empty(), true,
                Optional.of("retry-1")));
        assertEquals(List.of(), verified);
        assertEquals(List.of(), written);

        stores.updateConfig(ACME, store.storeKey(), change, Optional.empty(), false, Optional.of("retry-1"));
        assertNotEquals(fingerprintsAsked.get(0), fingerprintsAsked.get(2), "verify is part of the request");
    }

    @Test
    void anIdempotencyKeyIsRememberedEvenWhenNothingChanges() {
        StoreConnection store = existingStore(ACME, "A2SELLER000001");

        assertEquals(0, stores.updateConfig(ACME, store.storeKey(), Map.of(), Optional.empty(), true,
                Optional.of("noop-1")));

        ConfigChange change = (ConfigChange) written.get(0);
        assertEquals(new ConfigAnswer(0).json(), change.answer().orElseThrow().resultJson());
        assertFalse(change.credentialsChanged());
        assertEquals(List.of(), verified);
    }

    @Test
    void aConcurrentCallWithTheSameKeyThatWroteFirstGivesThisCallItsAnswer() {
        StoreConnection store = existingStore(ACME, "A2SELLER000001");
        beforeWriteRefused = () -> firstAnswers.put("account-a/race-1/" + fingerprintsAsked.get(0),
                new ConfigAnswer(3).json());

        assertEquals(3, stores.updateConfig(ACME, store.storeKey(), Map.of(CredentialRules.CLIENT_SECRET,
                NEW_SECRET), Optional.empty(), true, Optional.of("race-1")));

        beforeWriteRefused = () -> { };
        assertThrows(PersistenceException.class, () -> stores.updateConfig(ACME, store.storeKey(),
                Map.of(CredentialRules.CLIENT_SECRET, NEW_SECRET), Optional.empty(), true, Optional.empty()),
                "without a key the refusal stands");
    }

    @Test
    void validateAnswersTheOutcomeOfTheCheckOfTheCallersStore() {
        StoreConnection store = existingStore(ACME, "A2SELLER000001");

        checkOutcome = new StoreChecks.Outcome(true, List.of(US), null);
        assertEquals(Map.of("valid", true, "stores", List.of(US)), stores.validate(ACME, store.storeKey()));
        checkOutcome = new StoreChecks.Outcome(false, List.of(), "invalid_grant: the refresh token was revoked");
        assertEquals(Map.of("valid", false, "message", "invalid_grant: the refresh token was revoked"),
                stores.validate(ACME, store.storeKey()));
        assertEquals(List.of("check " + store.id(), "check " + store.id()), written);

        assertCode(ReturnCode.STORE_NOT_FOUND, () -> stores.validate(OTHER, store.storeKey()));
    }

    @Test
    void deleteRemovesOnlyTheCallersStore() {
        StoreConnection store = existingStore(ACME, "A2SELLER000001");

        assertCode(ReturnCode.STORE_NOT_FOUND, () -> stores.delete(OTHER, store.storeKey()));
        assertEquals(List.of(), written);

        stores.delete(ACME, store.storeKey());
        assertEquals(List.of("delete " + store.id()), written);
    }

    @Test
    void listAndInfoShowOnlyTheCallersStores() {
        StoreConnection mine = existingStore(ACME, "A2SELLER000001");
        existingStore(OTHER, "A2SELLER000002");

        assertEquals(1, stores.list(ACME).size());
        assertEquals(mine.customLabel(), stores.info(ACME, mine.storeKey()).get("name"));
        assertCode(ReturnCode.STORE_NOT_FOUND, () -> stores.info(OTHER, mine.storeKey()));
    }

    @Test
    void credentialsOfAStoreThatIsGoneAre101() {
        StoreConnection store = existingStore(ACME, "A2SELLER000001");

        assertEquals(store.credentials().clientSecret().reveal(),
                stores.credentials(store.id()).clientSecret().reveal());
        assertCode(ReturnCode.STORE_NOT_FOUND, () -> stores.credentials("no-such-id"));
    }

    @Test
    void anAnnouncedExpiryGoesToTheCallersStoresOfThatClient() {
        List<Object> announced = new ArrayList<>();
        stores.lifetimes = new SecretLifetimes() {
            @Override
            public int expiryAnnounced(String accountId, String clientId, Instant expiresAt) {
                announced.add(List.of(accountId, clientId, expiresAt));
                return 2;
            }
        };
        Instant at = NOW.plus(Duration.ofDays(90));

        assertEquals(2, stores.secretExpiryAnnounced(ACME, "amzn1.application-oa2-client.abcdef0123456789", at));
        assertEquals(List.of(List.of("account-a", "amzn1.application-oa2-client.abcdef0123456789", at)), announced);
    }

    private void refuseIfAsked() {
        Runnable before = beforeWriteRefused;
        if (before != null) {
            before.run();
            throw WriteRefusals.of(new PersistenceException("refused by the database"));
        }
    }

    private StoreConnection existingStore(Caller owner, String sellerId) {
        StoreConnection store = new StoreConnection(owner.accountId(), "key-" + sellerId + "-" + "k".repeat(32),
                CredentialRules.parse(parameters(sellerId)), List.of(US), "Shop of " + sellerId,
                NOW.minus(Duration.ofDays(3)), NOW.plus(Duration.ofDays(177)));
        table.rows.add(store);
        return store;
    }

    private static Map<String, String> parameters(String sellerId) {
        Map<String, String> values = new HashMap<>();
        values.put(CredentialRules.SELLER_ID, sellerId);
        values.put(CredentialRules.CLIENT_ID, "amzn1.application-oa2-client.0123456789abcdef0123456789abcdef");
        values.put(CredentialRules.CLIENT_SECRET, "amzn1.oa2-cs.v1.first-secret");
        values.put(CredentialRules.REFRESH_TOKEN, "Atzr|refresh-token");
        values.put(CredentialRules.AWS_REGION, "us-east-1");
        return values;
    }

    private static void assertCode(ReturnCode expected, org.junit.jupiter.api.function.Executable call) {
        ApiException e = assertThrows(ApiException.class, call);
        assertSame(expected, e.returnCode(), e.getMessage());
    }
}
