package dev.spgateway.report.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spgateway.persistence.JpaHarness;
import dev.spgateway.persistence.TestDatabase;
import dev.spgateway.platform.control.ClusterMembership;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Of two instances on one PostgreSQL database one holds a report's claim; a lease that ran out passes on. */
class ReportClaimsTest {

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
    void oneInstanceHoldsAClaimUntilItGivesItBack() {
        ReportClaims a = instance();
        ReportClaims b = instance();

        assertTrue(a.claim("report:store-1:key", Duration.ofSeconds(30)));
        assertFalse(b.claim("report:store-1:key", Duration.ofSeconds(30)));
        assertFalse(a.claim("report:store-1:key", Duration.ofSeconds(30)), "a claim is not taken twice");
        assertTrue(b.claim("report:store-2:key", Duration.ofSeconds(30)), "claims are per key");

        b.release("report:store-1:key");
        assertFalse(b.claim("report:store-1:key", Duration.ofSeconds(30)), "only the holder gives a claim back");
        a.release("report:store-1:key");
        assertTrue(b.claim("report:store-1:key", Duration.ofSeconds(30)));
    }

    @Test
    void aClaimWhoseLeaseRanOutIsTakenOver() throws InterruptedException {
        ReportClaims dead = instance();
        ReportClaims survivor = instance();
        assertTrue(dead.claim("document:job-1", Duration.ofMillis(1)));

        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        boolean taken = survivor.claim("document:job-1", Duration.ofSeconds(30));
        while (!taken && System.nanoTime() < deadline) {
            Thread.sleep(20);
            taken = survivor.claim("document:job-1", Duration.ofSeconds(30));
        }
        assertTrue(taken, "the lease of a killed instance's claim runs out");
        assertFalse(dead.claim("document:job-1", Duration.ofSeconds(30)));
    }

    @Test
    void aSingleInstanceIsGrantedEveryClaim() {
        ReportClaims single = new ReportClaims();
        single.membership = new ClusterMembership("local", "jdbc:h2:mem:single");
        assertTrue(single.claim("report:store:key", Duration.ofSeconds(30)));
        assertTrue(single.claim("report:store:key", Duration.ofSeconds(30)));
    }

    private static ReportClaims instance() {
        ReportClaims claims = new ReportClaims();
        claims.membership = new ClusterMembership("database", "jdbc:postgresql://127.0.0.1/test");
        claims.dataSource = database.dataSource();
        return claims;
    }
}
