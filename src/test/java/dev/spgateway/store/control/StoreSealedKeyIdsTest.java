package dev.spgateway.store.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.spgateway.account.entity.ApiAccount;
import dev.spgateway.persistence.JpaHarness;
import dev.spgateway.persistence.TestDatabase;
import dev.spgateway.platform.control.UnknownSecretsKey;
import dev.spgateway.secrets.control.SecretKeyring;
import dev.spgateway.store.entity.StoreConnection;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * An instance with another secrets key than the one that sealed the stored credentials finds that key's id,
 * and opening a store's credentials then fails as "unknown key", not as an internal error.
 */
class StoreSealedKeyIdsTest {

    private static final Instant NOW = Instant.parse("2026-03-04T05:06:07Z");

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"h2", "postgresql"})
    void findsTheKeyOfStoredSecretsThatThisInstanceLacks(String kind) {
        SecretKeyring cluster = new SecretKeyring(SecretKeyring.newKey(), List.of());
        SecretKeyring stranger = new SecretKeyring(SecretKeyring.newKey(), List.of());
        try (TestDatabase database = TestDatabase.create(kind); JpaHarness jpa = new JpaHarness(database)) {
            SecretKeyring.install(cluster);
            String storeId = jpa.inTransaction(em -> {
                ApiAccount account = new ApiAccount("acme", NOW);
                em.persist(account);
                StoreConnection store = new StoreConnection(account.id(), "k".repeat(48),
                        CredentialRules.parse(parameters()), List.of("ATVPDKIKX0DER"), null, NOW,
                        NOW.plus(Duration.ofDays(180)));
                em.persist(store);
                return store.id();
            });
            StoreSealedKeyIds ids = new StoreSealedKeyIds();

            assertEquals(Optional.empty(), jpa.inTransaction(em -> {
                ids.em = em;
                return ids.keyIdOutside(cluster.keyIds());
            }));
            assertEquals(Optional.of(cluster.currentKeyId()), jpa.inTransaction(em -> {
                ids.em = em;
                return ids.keyIdOutside(stranger.keyIds());
            }));
            assertEquals(Optional.empty(), jpa.inTransaction(em -> {
                ids.em = em;
                return ids.keyIdOutside(Set.of(stranger.currentKeyId(), cluster.currentKeyId()));
            }));

            SecretKeyring.install(stranger);
            UnknownSecretsKey refused = assertThrows(UnknownSecretsKey.class, () -> jpa.run(em ->
                    em.find(StoreConnection.class, storeId).credentials()));
            assertEquals(cluster.currentKeyId(), refused.keyId());
        } finally {
            SecretKeyring.install(cluster);
        }
    }

    private static Map<String, String> parameters() {
        Map<String, String> values = new HashMap<>();
        values.put("amazon_seller_id", "A2EXAMPLE1SELLER");
        values.put("amazon_sp_client_id", "amzn1.application-oa2-client.0123456789abcdef0123456789abcdef");
        values.put("amazon_sp_client_secret", "amzn1.oa2-cs.v1.sealed-key-ids-secret");
        values.put("amazon_sp_refresh_token", "Atzr|sealed-key-ids-refresh");
        values.put("amazon_sp_aws_region", "us-east-1");
        return values;
    }
}
