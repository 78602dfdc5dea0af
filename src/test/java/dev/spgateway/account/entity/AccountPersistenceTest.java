package dev.spgateway.account.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spgateway.account.control.ApiKeyHasher;
import dev.spgateway.persistence.JpaHarness;
import dev.spgateway.persistence.TestDatabase;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Flyway migrations and a JPA round trip of accounts and keys, on H2 and on PostgreSQL. */
class AccountPersistenceTest {

    private static final Instant CREATED = Instant.parse("2026-01-02T03:04:05.123456Z");

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"h2", "postgresql"})
    void accountAndKeyRoundTrip(String kind) {
        try (TestDatabase database = TestDatabase.create(kind); JpaHarness jpa = new JpaHarness(database)) {
            String plainKey = ApiKeyHasher.newKey();
            String accountId = jpa.inTransaction(em -> {
                ApiAccount account = new ApiAccount("acme", CREATED);
                em.persist(account);
                em.persist(new ApiKey(account, ApiKeyHasher.hash(plainKey), plainKey, CREATED));
                return account.id();
            });

            List<ApiKey> found = jpa.inTransaction(em -> em.createNamedQuery(ApiKey.FIND_BY_HASH, ApiKey.class)
                    .setParameter("hash", ApiKeyHasher.hash(plainKey)).getResultList());

            assertEquals(1, found.size());
            ApiKey key = found.get(0);
            assertEquals(accountId, key.account().id());
            assertEquals("acme", key.account().name());
            assertEquals(CREATED, key.createdAt());
            assertEquals(CREATED, key.account().createdAt());
            assertEquals(plainKey.substring(plainKey.length() - 4), key.keyHint());
            assertTrue(ApiKeyHasher.matches(plainKey, key.keyHash()));
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"h2", "postgresql"})
    void aKeyHashIsUnique(String kind) {
        try (TestDatabase database = TestDatabase.create(kind); JpaHarness jpa = new JpaHarness(database)) {
            String plainKey = ApiKeyHasher.newKey();
            jpa.run(em -> {
                ApiAccount account = new ApiAccount("first", CREATED);
                em.persist(account);
                em.persist(new ApiKey(account, ApiKeyHasher.hash(plainKey), plainKey, CREATED));
            });

            assertThrows(RuntimeException.class, () -> jpa.run(em -> {
                ApiAccount account = new ApiAccount("second", CREATED);
                em.persist(account);
                em.persist(new ApiKey(account, ApiKeyHasher.hash(plainKey), plainKey, CREATED));
            }));
        }
    }
}
