package dev.spgateway.amazon.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spgateway.persistence.JpaHarness;
import dev.spgateway.persistence.TestDatabase;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two instances on one PostgreSQL database take from one bucket per seller and operation: together they get
 * the plan's burst, not one burst each, and a rate or backoff learnt by one applies to the other.
 */
class SharedBucketsTest {

    private static final SpApiOperation OPERATION = SpApiOperation.CREATE_REPORT;
    private static TestDatabase database;

    @BeforeAll
    static void migrate() {
        database = TestDatabase.postgresql();
        JpaHarness.migrate(database, null);
    }

    @AfterAll
    static void drop() {
        database.close();
    }

    @Test
    void twoInstancesTogetherGetOneBurst() throws Exception {
        SharedBuckets a = new SharedBuckets(database.dataSource());
        SharedBuckets b = new SharedBuckets(database.dataSource());
        String seller = "account-1/app/SELLER1/na";
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Duration>> takes = new ArrayList<>();
            for (int i = 0; i < 2 * OPERATION.defaultBurst(); i++) {
                SharedBuckets instance = i % 2 == 0 ? a : b;
                takes.add(() -> instance.take(seller, OPERATION));
            }
            long immediate = 0;
            for (Future<Duration> wait : threads.invokeAll(takes)) {
                immediate += wait.get().isZero() ? 1 : 0;
            }
            assertEquals(OPERATION.defaultBurst(), immediate, "one burst for both instances together");
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void aTokenGivenBackIsTakenByTheOtherInstance() {
        SharedBuckets a = new SharedBuckets(database.dataSource());
        SharedBuckets b = new SharedBuckets(database.dataSource());
        String seller = "account-2/app/SELLER2/na";
        for (int i = 0; i < OPERATION.defaultBurst(); i++) {
            assertEquals(Duration.ZERO, a.take(seller, OPERATION));
        }
        Duration owed = b.take(seller, OPERATION);
        assertTrue(owed.compareTo(Duration.ofSeconds(50)) > 0, "the next createReport token is a minute away");
        b.giveBack(seller, OPERATION);
        a.giveBack(seller, OPERATION);
        assertEquals(Duration.ZERO, b.take(seller, OPERATION));
    }

    @Test
    void aRateAndABackoffLearntByOneInstanceApplyToTheOther() {
        SharedBuckets a = new SharedBuckets(database.dataSource());
        SharedBuckets b = new SharedBuckets(database.dataSource());
        String seller = "account-3/app/SELLER3/na";
        a.take(seller, OPERATION);
        a.adjustRate(seller, OPERATION, 0.5);
        b.take(seller, OPERATION);
        assertEquals(0.5, b.rate(seller, OPERATION));

        a.throttled(seller, OPERATION);
        a.throttled(seller, OPERATION);
        Duration afterTwoThrottles = b.take(seller, OPERATION);
        assertTrue(afterTwoThrottles.compareTo(Duration.ofSeconds(3)) > 0,
                "two throttles in a row leave the bucket owing a token, the take another, at 0.5/s: " + afterTwoThrottles);
        b.answered(seller, OPERATION);
        a.throttled(seller, OPERATION);
        Duration afterOneMore = b.take(seller, OPERATION);
        assertTrue(afterOneMore.compareTo(afterTwoThrottles) > 0, "the backoff started afresh, still owing");
    }

    @Test
    void aKeyTooLongForTheColumnIsHashed() {
        String longSeller = "a".repeat(400);
        assertTrue(SharedBuckets.key(longSeller, OPERATION).startsWith("sha256:"));
        assertEquals("s/createReport", SharedBuckets.key("s", OPERATION));
        assertEquals(Duration.ZERO, new SharedBuckets(database.dataSource()).take(longSeller, OPERATION));
    }
}
