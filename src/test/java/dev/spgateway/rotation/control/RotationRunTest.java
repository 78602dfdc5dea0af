package dev.spgateway.rotation.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spgateway.persistence.JpaHarness;
import dev.spgateway.persistence.TestDatabase;
import dev.spgateway.secrets.control.SecretKeyring;
import dev.spgateway.store.control.CredentialRules;
import dev.spgateway.store.control.SecretState;
import dev.spgateway.store.entity.CredentialState;
import dev.spgateway.store.entity.StoreConnection;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The rotation job against a real database, time driven by the test: one alert per threshold, none again
 * on later runs or after a restart, OK again after a rotation, and exactly once when instances race.
 */
class RotationRunTest {

    private static final Instant T0 = Instant.parse("2027-01-01T00:00:00Z");
    private static final RotationPolicy POLICY = new RotationPolicy(List.of(30, 7, 1));
    private static final List<String> CHANNELS = List.of("log");

    @BeforeAll
    static void installKeyring() {
        SecretKeyring.install(new SecretKeyring(SecretKeyring.newKey(), List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"h2", "postgresql"})
    void oneAlertPerThresholdNeverRepeatedAndOkAfterRotation(String kind) {
        try (TestDatabase database = TestDatabase.create(kind); JpaHarness jpa = new JpaHarness(database)) {
            String storeId = newStore(jpa, "amzn1.oa2-cs.v1.first", T0.plus(Duration.ofDays(40)));
            RotationRun run = new RotationRun(jpa::inTransaction, POLICY, CHANNELS);

            assertEquals(List.of(), thresholds(run.run(T0)));
            assertEquals(CredentialState.OK, state(jpa, storeId, T0));
            assertEquals(CredentialState.EXPIRING, state(jpa, storeId, T0.plus(Duration.ofDays(10).plusHours(12))),
                    "derived from the date, before any run");
            assertEquals(List.of(30), thresholds(run.run(T0.plus(Duration.ofDays(10).plusHours(12)))));
            assertEquals(List.of(), thresholds(run.run(T0.plus(Duration.ofDays(11)))));
            assertEquals(List.of(7), thresholds(run.run(T0.plus(Duration.ofDays(33).plusHours(12)))));
            assertEquals(List.of(1), thresholds(run.run(T0.plus(Duration.ofDays(39).plusHours(12)))));
            assertEquals(List.of(0), thresholds(run.run(T0.plus(Duration.ofDays(40).plusHours(1)))));
            assertEquals(CredentialState.EXPIRED, state(jpa, storeId, T0.plus(Duration.ofDays(40).plusHours(1))));

            RotationRun afterRestart = new RotationRun(jpa::inTransaction, POLICY, CHANNELS);
            assertEquals(List.of(), thresholds(afterRestart.run(T0.plus(Duration.ofDays(41)))));

            Instant rotatedAt = T0.plus(Duration.ofDays(41));
            rotate(jpa, storeId, "amzn1.oa2-cs.v1.second", rotatedAt, rotatedAt.plus(Duration.ofDays(180)));
            assertEquals(List.of(), thresholds(afterRestart.run(rotatedAt.plusSeconds(60))));
            assertEquals(CredentialState.OK, state(jpa, storeId, rotatedAt.plusSeconds(60)));
            assertEquals(List.of(30), thresholds(afterRestart.run(rotatedAt.plus(Duration.ofDays(151)))),
                    "the new secret has a life of its own");
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"h2", "postgresql"})
    void aRefusedSecretExpiresItsStoresAtOnce(String kind) {
        try (TestDatabase database = TestDatabase.create(kind); JpaHarness jpa = new JpaHarness(database)) {
            String refused = newStore(jpa, "amzn1.oa2-cs.v1.refused", T0.plus(Duration.ofDays(100)));
            String other = newStore(jpa, "amzn1.oa2-cs.v1.other", T0.plus(Duration.ofDays(100)));
            RotationRun run = new RotationRun(jpa::inTransaction, POLICY, CHANNELS);

            List<CredentialExpiryAlert> alerts = run.rejected(CLIENT_ID,
                    store -> store.hasSecret(dev.spgateway.secrets.entity.Secret.of("amzn1.oa2-cs.v1.refused")),
                    "invalid_client", T0);

            assertEquals(1, alerts.size());
            assertEquals(CredentialState.EXPIRED, alerts.get(0).state());
            assertEquals(CredentialState.EXPIRED, state(jpa, refused, T0));
            assertEquals("invalid_client", jpa.inTransaction(em -> em.find(StoreConnection.class, refused).secretLifetime().refusal())
                    .orElseThrow());
            assertEquals(CredentialState.OK, state(jpa, other, T0));
            assertEquals(List.of(), thresholds(run.run(T0.plusSeconds(60))), "the expiry alert went out already");
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"h2", "postgresql"})
    void racingInstancesDeliverEachAlertExactlyOnce(String kind) throws Exception {
        try (TestDatabase database = TestDatabase.create(kind); JpaHarness jpa = new JpaHarness(database)) {
            int stores = 12;
            for (int i = 0; i < stores; i++) {
                newStore(jpa, "amzn1.oa2-cs.v1.race-" + i, T0.plus(Duration.ofDays(20 + i)));
            }
            Instant tick = T0.plus(Duration.ofDays(1));

            List<Boolean> leases = race(2, instance -> new RotationRun(jpa::inTransaction, POLICY, CHANNELS)
                    .acquireLease("instance-" + instance, tick, Duration.ofMinutes(10)));
            assertEquals(1, leases.stream().filter(Boolean::booleanValue).count(), "one instance holds the tick");

            List<List<CredentialExpiryAlert>> delivered = race(4, instance ->
                    new RotationRun(jpa::inTransaction, POLICY, CHANNELS).run(tick));
            List<String> alertedStores = new ArrayList<>();
            delivered.forEach(alerts -> alerts.forEach(alert -> alertedStores.add(alert.storeId())));
            assertEquals(stores, alertedStores.size(), "each due alert once, even without the lease");
            assertEquals(stores, alertedStores.stream().distinct().count());
        }
    }

    private static <T> List<T> race(int instances, java.util.function.IntFunction<T> work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(instances);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < instances; i++) {
                int instance = i;
                futures.add(pool.submit(() -> {
                    start.await();
                    return work.apply(instance);
                }));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get());
            }
            return Collections.unmodifiableList(results);
        } finally {
            pool.shutdownNow();
        }
    }

    private static final String CLIENT_ID = TestStores.CLIENT_ID;

    private static String newStore(JpaHarness jpa, String clientSecret, Instant expiresAt) {
        return TestStores.newStore(jpa, clientSecret, T0, expiresAt);
    }

    private static void rotate(JpaHarness jpa, String storeId, String newSecret, Instant now, Instant expiresAt) {
        jpa.run(em -> em.find(StoreConnection.class, storeId)
                .replaceCredentials(CredentialRules.parse(TestStores.parameters(newSecret)), now, expiresAt));
    }

    /** The state cart.info shows at that moment. */
    private static CredentialState state(JpaHarness jpa, String storeId, Instant at) {
        return jpa.inTransaction(em -> {
            StoreConnection store = em.find(StoreConnection.class, storeId);
            return SecretState.of(store.secretLifetime().expiresAt(), store.secretLifetime().refusal(), at, POLICY.warnWithin()).state();
        });
    }

    private static List<Integer> thresholds(List<CredentialExpiryAlert> alerts) {
        assertTrue(alerts.stream().noneMatch(alert -> alert.reason() != null && alert.reason().contains("oa2-cs")),
                "no secret in an alert");
        return alerts.stream().map(CredentialExpiryAlert::thresholdDays).toList();
    }
}
