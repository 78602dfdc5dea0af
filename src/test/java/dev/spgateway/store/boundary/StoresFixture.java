package dev.spgateway.store.boundary;

import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.spgateway.amazon.control.SpApiCredentials;
import dev.spgateway.api.control.ApiException;
import dev.spgateway.api.control.Caller;
import dev.spgateway.api.control.ReturnCode;
import dev.spgateway.secrets.control.SecretKeyring;
import dev.spgateway.store.control.ConfigChange;
import dev.spgateway.store.control.CredentialRules;
import dev.spgateway.store.control.IdempotentReplays;
import dev.spgateway.store.control.NewStore;
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

/**
 * {@link Stores} with its collaborators faked: store rows in a {@link StoreTable}, Amazon's live check answering
 * {@link #US} (or refusing with {@link #amazonRefuses}), and writes, replays and checks recorded in order.
 */
final class StoresFixture {

    static final Instant NOW = Instant.parse("2027-03-01T10:00:00Z");
    static final Caller ACME = new Caller("account-a");
    static final Caller OTHER = new Caller("account-b");
    static final String US = "ATVPDKIKX0DER";
    static final String NEW_SECRET = "amzn1.oa2-cs.v1.rotated-secret";

    static {
        SecretKeyring.install(new SecretKeyring(SecretKeyring.newKey(), List.of()));
    }

    final StoreTable table = new StoreTable();
    final List<SpApiCredentials> verified = new ArrayList<>();
    /** NewStore and ConfigChange values, "delete <id>" and "check <id>", in the order they happened. */
    final List<Object> written = new ArrayList<>();
    /** First answers by account id, key and fingerprint. */
    final Map<String, String> firstAnswers = new HashMap<>();
    final List<String> fingerprintsAsked = new ArrayList<>();
    RuntimeException amazonRefuses;
    /** When set, the next writes run it and are then refused by the database. */
    Runnable beforeWriteRefused;
    StoreChecks.Outcome checkOutcome;
    final Stores stores = new Stores();


    StoresFixture() {
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
                return new SecretState(CredentialState.OK, 170, store.secretLifetime().expiresAt(), null);
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

    private void refuseIfAsked() {
        Runnable before = beforeWriteRefused;
        if (before != null) {
            before.run();
            throw WriteRefusals.of(new PersistenceException("refused by the database"));
        }
    }

    StoreConnection existingStore(Caller owner, String sellerId) {
        StoreConnection store = new StoreConnection(owner.accountId(), "key-" + sellerId + "-" + "k".repeat(32),
                CredentialRules.parse(parameters(sellerId)), List.of(US), "Shop of " + sellerId,
                NOW.minus(Duration.ofDays(3)), NOW.plus(Duration.ofDays(177)));
        table.rows.add(store);
        return store;
    }

    static Map<String, String> parameters(String sellerId) {
        Map<String, String> values = new HashMap<>();
        values.put(CredentialRules.SELLER_ID, sellerId);
        values.put(CredentialRules.CLIENT_ID, "amzn1.application-oa2-client.0123456789abcdef0123456789abcdef");
        values.put(CredentialRules.CLIENT_SECRET, "amzn1.oa2-cs.v1.first-secret");
        values.put(CredentialRules.REFRESH_TOKEN, "Atzr|refresh-token");
        values.put(CredentialRules.AWS_REGION, "us-east-1");
        return values;
    }

    static void assertCode(ReturnCode expected, org.junit.jupiter.api.function.Executable call) {
        ApiException e = assertThrows(ApiException.class, call);
        assertSame(expected, e.returnCode(), e.getMessage());
    }
}
