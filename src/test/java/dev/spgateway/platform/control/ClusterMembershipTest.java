package dev.spgateway.platform.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** PostgreSQL makes a cluster by default; H2 serves one process, unless told otherwise. */
class ClusterMembershipTest {

    @Test
    void autoSharesOnPostgresqlOnly() {
        assertTrue(new ClusterMembership("auto", "jdbc:postgresql://db/spgateway").shared());
        assertFalse(new ClusterMembership("auto", "jdbc:h2:file:./data/spgateway").shared());
    }

    @Test
    void theModeCanBeForced() {
        assertTrue(new ClusterMembership("database", "jdbc:h2:mem:x").shared());
        assertFalse(new ClusterMembership("local", "jdbc:postgresql://db/spgateway").shared());
        assertThrows(IllegalArgumentException.class, () -> new ClusterMembership("cluster", "jdbc:h2:mem:x"));
    }
}
