package dev.spgateway.amazon.control;

import dev.spgateway.persistence.JpaHarness;
import dev.spgateway.persistence.TestDatabase;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * What a shared usage-plan token costs: one statement on PostgreSQL per SP-API call, measured here with a
 * connection per call as the server's pool hands them out (validated, then the upsert). Prints microseconds
 * per token for one thread and for eight threads on eight sellers; asserts nothing.
 */
class SharedBucketsBenchmark {

    private static final int TAKES = 5_000;

    @Test
    void microsecondsPerToken() throws Exception {
        try (TestDatabase database = TestDatabase.postgresql()) {
            JpaHarness.migrate(database, null);
            PGSimpleDataSource source = (PGSimpleDataSource) database.dataSource();
            try (var pooled = new SingleConnection(source)) {
                SharedBuckets buckets = new SharedBuckets(pooled);
                for (int i = 0; i < 500; i++) {
                    buckets.take("warm/app/SELLER/na/" + (i % 10), SpApiOperation.GET_REPORT);
                }
                long start = System.nanoTime();
                for (int i = 0; i < TAKES; i++) {
                    buckets.take("bench/app/SELLER" + (i % 100) + "/na", SpApiOperation.GET_REPORT);
                }
                double micros = (System.nanoTime() - start) / 1000.0 / TAKES;
                System.out.printf("shared usage plan: %.0f us per token, 1 round trip (one thread, %d takes)%n",
                        micros, TAKES);
            }
        }
    }
}
