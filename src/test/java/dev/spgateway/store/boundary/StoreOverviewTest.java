package dev.spgateway.store.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spgateway.account.entity.ApiAccount;
import dev.spgateway.persistence.JpaHarness;
import dev.spgateway.persistence.TestDatabase;
import dev.spgateway.secrets.control.SecretKeyring;
import dev.spgateway.store.control.CredentialRules;
import dev.spgateway.store.control.SecretStates;
import dev.spgateway.store.control.StoreStatus;
import dev.spgateway.store.control.StoreSummary;
import dev.spgateway.store.entity.CredentialState;
import dev.spgateway.store.entity.StoreConnection;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The operators' overview of every store, read from the database without the sealed credentials. */
class StoreOverviewTest {

    private static final Instant NOW = Instant.parse("2026-05-01T12:00:00Z");

    @BeforeAll
    static void installKeyring() {
        SecretKeyring.install(new SecretKeyring(SecretKeyring.newKey(), List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"h2", "postgresql"})
    void listsEveryStoreWithItsConnectionAndSecretState(String kind) {
        try (TestDatabase database = TestDatabase.create(kind); JpaHarness jpa = new JpaHarness(database)) {
            String accountId = jpa.inTransaction(em -> {
                ApiAccount account = new ApiAccount("acme", NOW);
                em.persist(account);
                return account.id();
            });
            String expiring = store(jpa, accountId, "A1FIRSTSELLER", "EU shop", 3, List.of("ATVPDKIKX0DER"),
                    NOW.plus(Duration.ofDays(5)));
            String unverified = store(jpa, accountId, "A2SECONDSELLER", null, 2, List.of(),
                    NOW.plus(Duration.ofDays(90)));
            String failing = store(jpa, accountId, "A3THIRDSELLER", null, 1, List.of("A1PA6795UKMFR9"),
                    NOW.minus(Duration.ofHours(1)));
            jpa.run(em -> em.createNamedQuery(StoreConnection.RECORD_FAILED).setParameter("error", "refused")
                    .setParameter("now", NOW).setParameter("id", failing).executeUpdate());

            List<StoreStatus> stores = jpa.inTransaction(em -> overview(em).all());
            Map<String, Integer> states = jpa.inTransaction(em -> overview(em).countByState());
            Map<String, String> names = jpa.inTransaction(em -> overview(em).namesById());
            Map<String, Long> perAccount = jpa.inTransaction(em -> overview(em).countByAccount());

            assertEquals(List.of(expiring, unverified, failing), stores.stream().map(s -> s.store().id()).toList());
            StoreSummary first = stores.get(0).store();
            assertEquals(accountId, first.accountId());
            assertEquals("us-east-1", first.awsRegion());
            assertEquals("production", first.environment());
            assertEquals(List.of("ATVPDKIKX0DER"), first.marketplaceIds());
            assertEquals("verified", first.connectionState());
            assertEquals(NOW.minus(Duration.ofDays(3)), first.lastVerifiedAt());
            assertEquals(CredentialState.EXPIRING, stores.get(0).secret().state());
            assertEquals(5, stores.get(0).secret().daysLeft());
            assertEquals("unverified", stores.get(1).store().connectionState());
            assertEquals(CredentialState.OK, stores.get(1).secret().state());
            assertEquals("error", stores.get(2).store().connectionState());
            assertEquals("refused", stores.get(2).store().lastError());
            assertEquals(CredentialState.EXPIRED, stores.get(2).secret().state());
            assertEquals(Map.of("verified", 1, "unverified", 1, "error", 1), states);
            assertEquals(List.of("verified", "unverified", "error"), List.copyOf(states.keySet()));
            assertEquals(Map.of(expiring, "A1FIRSTSELLER (EU shop)", unverified, "A2SECONDSELLER", failing,
                    "A3THIRDSELLER"), names);
            assertEquals(Map.of(accountId, 3L), perAccount);
        }
    }

    @Test
    void aStoreIsVerifiedOnlyWhileItsLastCheckPassed() {
        assertEquals("unverified", summary(null, null).connectionState());
        assertEquals("verified", summary(NOW, null).connectionState());
        assertEquals("error", summary(NOW, "refused").connectionState());
        assertEquals("error", summary(null, "refused").connectionState());
    }

    @Test
    void theRefusalCountsOnlyWhileTheSecretIsExpired() {
        assertEquals("refused", new StoreSummary("s", "a", "A1", null, "us-east-1", "production", "", NOW, null,
                null, NOW, NOW, "EXPIRED", "refused").refusal().orElseThrow());
        assertTrue(new StoreSummary("s", "a", "A1", null, "us-east-1", "production", "", NOW, null, null, NOW, NOW,
                "OK", "refused").refusal().isEmpty());
        assertEquals(List.of(), summary(null, null).marketplaceIds());
        assertNull(summary(null, null).customLabel());
    }

    private static StoreSummary summary(Instant lastVerifiedAt, String lastError) {
        return new StoreSummary("s", "a", "A1", null, "us-east-1", "production", "", NOW, lastVerifiedAt, lastError,
                NOW, NOW, "OK", null);
    }

    private static String store(JpaHarness jpa, String accountId, String sellerId, String label, int daysAgo,
            List<String> marketplaces, Instant expiresAt) {
        Map<String, String> parameters = new HashMap<>(Map.of("amazon_seller_id", sellerId,
                "amazon_sp_client_id", "amzn1.application-oa2-client.0123456789abcdef0123456789abcdef",
                "amazon_sp_client_secret", "amzn1.oa2-cs.v1.overview-secret", "amazon_sp_refresh_token",
                "Atzr|refresh-token", "amazon_sp_aws_region", "us-east-1"));
        return jpa.inTransaction(em -> {
            StoreConnection store = new StoreConnection(accountId, "k".repeat(32) + sellerId,
                    CredentialRules.parse(parameters), marketplaces, label, NOW.minus(Duration.ofDays(daysAgo)),
                    expiresAt);
            em.persist(store);
            return store.id();
        });
    }

    private static StoreOverview overview(EntityManager em) {
        StoreOverview overview = new StoreOverview();
        overview.em = em;
        overview.secretStates = new SecretStates() {
            @Override
            public Instant now() {
                return NOW;
            }

            @Override
            public Duration warnWithin() {
                return Duration.ofDays(30);
            }
        };
        return overview;
    }
}
