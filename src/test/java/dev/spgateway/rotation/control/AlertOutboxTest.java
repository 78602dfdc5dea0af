package dev.spgateway.rotation.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spgateway.persistence.JpaHarness;
import dev.spgateway.persistence.TestDatabase;
import dev.spgateway.rotation.entity.AlertDelivery;
import dev.spgateway.sandbox.time.MutableClock;
import dev.spgateway.secrets.control.SecretKeyring;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The alert outbox against a real database, time driven by the test: a failing channel never keeps an alert
 * from the others, a failed delivery is tried again with growing pauses until the receiver takes it, and each
 * delivery happens once however many instances deliver at the same time.
 */
class AlertOutboxTest {

    private static final Instant T0 = Instant.parse("2027-01-01T00:00:00Z");
    private static final RotationPolicy POLICY = new RotationPolicy(List.of(30, 7, 1));
    private static final Duration FIRST_RETRY = Duration.ofSeconds(30);

    private final MutableClock clock = new MutableClock(T0);

    @BeforeAll
    static void installKeyring() {
        SecretKeyring.install(new SecretKeyring(SecretKeyring.newKey(), List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"h2", "postgresql"})
    void twoFailingChannelsDoNotStopTheThird(String kind) {
        try (TestDatabase database = TestDatabase.create(kind); JpaHarness jpa = new JpaHarness(database)) {
            TestStores.newStore(jpa, "amzn1.oa2-cs.v1.first", T0, T0.plus(Duration.ofDays(20)));
            TestStores.newStore(jpa, "amzn1.oa2-cs.v1.second", T0, T0.plus(Duration.ofDays(25)));
            List<CredentialExpiryAlert> recorded = new RotationRun(jpa::inTransaction, POLICY,
                    List.of("webhook", "jmx", "log")).run(T0);
            Receiver log = new Receiver("log");
            AlertOutbox outbox = outbox(jpa, new Receiver("webhook").down(), new Receiver("jmx").down(), log);

            assertEquals(new AlertOutbox.Pass(2, 4), outbox.deliverDue());

            assertEquals(ids(recorded), log.received(), "the log has both alerts although both others threw");
            Map<String, AlertDelivery> deliveries = deliveries(jpa, recorded.get(0).alertId());
            assertEquals(AlertDelivery.State.DELIVERED, deliveries.get("log").state());
            for (String failing : List.of("webhook", "jmx")) {
                AlertDelivery delivery = deliveries.get(failing);
                assertEquals(AlertDelivery.State.PENDING, delivery.state());
                assertEquals(1, delivery.attempts());
                assertEquals(T0.plus(FIRST_RETRY), delivery.nextAttemptAt());
                assertTrue(delivery.lastError().orElseThrow().contains("receiver down"), delivery.lastError().get());
            }
            assertEquals(new AlertOutbox.Pass(0, 0), outbox.deliverDue(), "nothing is due before the pause ends");
            assertEquals(2, log.received().size(), "a delivered alert is not delivered again");
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"h2", "postgresql"})
    void anAlertWhoseWebhookFailedIsDeliveredAfterTheReceiverRecovers(String kind) {
        try (TestDatabase database = TestDatabase.create(kind); JpaHarness jpa = new JpaHarness(database)) {
            TestStores.newStore(jpa, "amzn1.oa2-cs.v1.only", T0, T0.plus(Duration.ofDays(6)));
            List<CredentialExpiryAlert> recorded = new RotationRun(jpa::inTransaction, POLICY,
                    List.of("webhook")).run(T0);
            Receiver webhook = new Receiver("webhook").down();
            AlertOutbox outbox = outbox(jpa, webhook);

            assertEquals(new AlertOutbox.Pass(0, 1), outbox.deliverDue());
            clock.advance(FIRST_RETRY.minusSeconds(1));
            assertEquals(new AlertOutbox.Pass(0, 0), outbox.deliverDue());
            clock.advance(Duration.ofSeconds(1));
            assertEquals(new AlertOutbox.Pass(0, 1), outbox.deliverDue(), "second attempt after the first pause");
            clock.advance(FIRST_RETRY);
            assertEquals(new AlertOutbox.Pass(0, 0), outbox.deliverDue(), "the pause has doubled");

            webhook.recover();
            clock.advance(FIRST_RETRY);
            assertEquals(new AlertOutbox.Pass(1, 0), outbox.deliverDue());
            assertEquals(ids(recorded), webhook.received());
            assertEquals(3, webhook.attempts());
            clock.advance(Duration.ofDays(1));
            assertEquals(new AlertOutbox.Pass(0, 0), outbox.deliverDue());
            assertEquals(1, webhook.received().size());
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"h2", "postgresql"})
    void instancesDeliveringAtOnceDeliverEachAlertOnce(String kind) throws Exception {
        try (TestDatabase database = TestDatabase.create(kind); JpaHarness jpa = new JpaHarness(database)) {
            for (int i = 0; i < 12; i++) {
                TestStores.newStore(jpa, "amzn1.oa2-cs.v1.race-" + i, T0, T0.plus(Duration.ofDays(10 + i)));
            }
            List<CredentialExpiryAlert> recorded = new RotationRun(jpa::inTransaction, POLICY, List.of("webhook"))
                    .run(T0);
            Receiver webhook = new Receiver("webhook");

            race(4, () -> outbox(jpa, webhook).deliverDue());

            assertEquals(12, recorded.size());
            assertEquals(ids(recorded).stream().sorted().toList(), webhook.received().stream().sorted().toList());
        }
    }

    private AlertOutbox outbox(JpaHarness jpa, AlertChannel... channels) {
        return new AlertOutbox(jpa::inTransaction, List.of(channels), FIRST_RETRY, Duration.ofHours(1), clock);
    }

    private static Map<String, AlertDelivery> deliveries(JpaHarness jpa, String alertId) {
        return jpa.inTransaction(em -> em.createNamedQuery(AlertDelivery.FIND_BY_ALERT, AlertDelivery.class)
                .setParameter("alertId", alertId).getResultStream()
                .collect(Collectors.toMap(AlertDelivery::channel, delivery -> delivery)));
    }

    private static List<String> ids(List<CredentialExpiryAlert> alerts) {
        return alerts.stream().map(CredentialExpiryAlert::alertId).toList();
    }

    private static void race(int instances, Runnable work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(instances);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int i = 0; i < instances; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    work.run();
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> future : futures) {
                future.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** A channel whose receiver the test takes down and brings back. */
    private static final class Receiver implements AlertChannel {

        private final String name;
        private final List<String> received = new CopyOnWriteArrayList<>();
        private volatile boolean down;
        private volatile int attempts;

        Receiver(String name) {
            this.name = name;
        }

        Receiver down() {
            down = true;
            return this;
        }

        void recover() {
            down = false;
        }

        List<String> received() {
            return received;
        }

        int attempts() {
            return attempts;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public synchronized void deliver(CredentialExpiryAlert alert) {
            attempts++;
            if (down) {
                throw new IllegalStateException(name + " receiver down");
            }
            received.add(alert.alertId());
        }
    }
}
