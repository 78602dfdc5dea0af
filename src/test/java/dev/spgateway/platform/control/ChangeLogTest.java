package dev.spgateway.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.spgateway.persistence.JpaHarness;
import dev.spgateway.persistence.TestDatabase;
import java.sql.Connection;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** One instance's changes reach every other instance once, and never come back to their origin. */
class ChangeLogTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"h2", "postgresql"})
    void anotherInstancesChangeIsSeenOnceAndNotByItsOrigin(String kind) throws Exception {
        try (TestDatabase database = TestDatabase.create(kind)) {
            JpaHarness.migrate(database, null);
            ChangeLog a = new ChangeLog("instance-a");
            ChangeLog b = new ChangeLog("instance-b");
            try (Connection connection = database.dataSource().getConnection()) {
                ChangeLog.append(connection, "instance-a", new ClusterChange("store-changed", "store-key-1"));
                ChangeLog.append(connection, "instance-a", new ClusterChange("api-key-disabled", "key-2"));

                assertEquals(List.of(new ClusterChange("store-changed", "store-key-1"),
                        new ClusterChange("api-key-disabled", "key-2")), b.unseen(connection));
                assertEquals(List.of(), b.unseen(connection));
                assertEquals(List.of(), a.unseen(connection));

                ChangeLog.append(connection, "instance-b", new ClusterChange("report-purged", ""));
                assertEquals(List.of(new ClusterChange("report-purged", "")), a.unseen(connection));
                assertEquals(0, ChangeLog.prune(connection));
            }
        }
    }
}
