package dev.spgateway.store.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spgateway.account.entity.ApiAccount;
import dev.spgateway.api.control.ApiException;
import dev.spgateway.persistence.JpaHarness;
import dev.spgateway.persistence.TestDatabase;
import dev.spgateway.store.control.IdempotentReplays.FirstAnswer;
import dev.spgateway.store.entity.IdempotentReplay;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Replays by fingerprint, their expiry and their purge, on H2 and PostgreSQL. */
class IdempotentReplayPersistenceTest {

    private static final Instant NOW = Instant.parse("2026-03-04T05:06:07Z");
    private static final Duration TTL = Duration.ofMinutes(15);
    private static final String FIRST = IdempotentReplays.fingerprint("account.config.update", "store-x", Map.of());
    private static final String OTHER = IdempotentReplays.fingerprint("account.config.update", "store-y", Map.of());

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"h2", "postgresql"})
    void aKeyReplaysItsOwnRequestOnlyAndUntilItsTimeIsOver(String kind) {
        try (TestDatabase database = TestDatabase.create(kind); JpaHarness jpa = new JpaHarness(database)) {
            String account = account(jpa);
            jpa.run(em -> replays(em, NOW).remember(answer(account, "key-1", FIRST, 1), NOW));

            assertEquals(Optional.of("{\"updated_items\":1}"),
                    in(jpa, NOW.plusSeconds(60), replays -> replays.replay(account, "key-1", FIRST)));
            ApiException refused = assertThrows(ApiException.class,
                    () -> in(jpa, NOW.plusSeconds(60), replays -> replays.replay(account, "key-1", OTHER)));
            assertEquals(109, refused.returnCode().code());
            assertEquals("idempotency_key already used for a different request", refused.getMessage());
            assertEquals(Optional.empty(), in(jpa, NOW.plus(TTL), replays -> replays.replay(account, "key-1", OTHER)),
                    "an expired key is free again");
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"h2", "postgresql"})
    void aLiveReplayIsNeverOverwrittenAndAnExpiredOneMakesRoom(String kind) {
        try (TestDatabase database = TestDatabase.create(kind); JpaHarness jpa = new JpaHarness(database)) {
            String account = account(jpa);
            jpa.run(em -> replays(em, NOW).remember(answer(account, "key-1", FIRST, 1), NOW));

            assertThrows(PersistenceException.class, () -> jpa.run(em -> replays(em, NOW.plusSeconds(1))
                    .remember(answer(account, "key-1", FIRST, 2), NOW.plusSeconds(1))));
            Instant later = NOW.plus(TTL).plusSeconds(1);
            jpa.run(em -> replays(em, later).remember(answer(account, "key-1", OTHER, 3), later));

            assertEquals(Optional.of("{\"updated_items\":3}"),
                    in(jpa, later, replays -> replays.replay(account, "key-1", OTHER)));
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"h2", "postgresql"})
    void thePurgeDeletesExpiredReplaysOnly(String kind) {
        try (TestDatabase database = TestDatabase.create(kind); JpaHarness jpa = new JpaHarness(database)) {
            String account = account(jpa);
            jpa.run(em -> replays(em, NOW).remember(answer(account, "old", FIRST, 1), NOW));
            Instant fresh = NOW.plus(TTL);
            jpa.run(em -> replays(em, fresh).remember(answer(account, "fresh", FIRST, 1), fresh));

            int purged = jpa.inTransaction(em -> replays(em, fresh.plusSeconds(1)).purgeExpired());

            assertEquals(1, purged);
            assertTrue(jpa.inTransaction(em -> em.find(IdempotentReplay.class,
                    new IdempotentReplay.Key(account, "fresh"))) != null);
        }
    }

    private static String account(JpaHarness jpa) {
        return jpa.inTransaction(em -> {
            ApiAccount account = new ApiAccount("acme", NOW);
            em.persist(account);
            return account.id();
        });
    }

    private static FirstAnswer answer(String account, String key, String fingerprint, int updated) {
        return new FirstAnswer(account, key, "account.config.update", fingerprint,
                "{\"updated_items\":" + updated + "}");
    }

    private static <T> T in(JpaHarness jpa, Instant now, Function<IdempotentReplays, T> work) {
        return jpa.inTransaction(em -> work.apply(replays(em, now)));
    }

    private static IdempotentReplays replays(EntityManager em, Instant now) {
        IdempotentReplays replays = new IdempotentReplays();
        replays.em = em;
        replays.ttl = TTL;
        replays.clock = Clock.fixed(now, ZoneOffset.UTC);
        return replays;
    }
}
