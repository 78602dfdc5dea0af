package dev.spgateway.platform.control;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** A second process on the embedded database is told that H2 serves one instance, and what a cluster needs. */
class SingleProcessDatabaseTest {

    @Test
    void explainsH2sDatabaseInUseWhereverItIsWrapped() {
        SQLException inUse = new SQLException("Database may be already in use", "90020", 90020);
        assertTrue(SingleProcessDatabase.explain(new IllegalStateException("migration", inUse)).orElseThrow()
                .contains("PostgreSQL"));
    }

    @Test
    void saysNothingOfOtherFailures() {
        assertTrue(SingleProcessDatabase.explain(new SQLException("syntax", "42000", 42000)).isEmpty());
        assertTrue(SingleProcessDatabase.explain(new IllegalStateException()).isEmpty());
    }
}
