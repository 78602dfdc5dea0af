package dev.spgateway.platform.boundary;

import dev.spgateway.platform.control.ChangeLog;
import dev.spgateway.platform.control.ClusterChange;
import dev.spgateway.platform.control.ClusterMembership;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * Tells the other instances of a cluster what changed here. The row is written in the caller's transaction,
 * so a change rolled back is never announced, and on PostgreSQL a NOTIFY (sent by the database at commit)
 * wakes the other instances' {@link ClusterChangeListener} at once. A single instance writes nothing.
 */
@Stateless
public class ClusterChanges {

    static final String CHANNEL = "spgateway_changes";

    @Resource(lookup = ApplicationDatabase.DATASOURCE)
    DataSource dataSource;

    @Inject
    ClusterMembership membership;

    public void publish(ClusterChange change) {
        if (!membership.shared()) {
            return;
        }
        try (Connection connection = dataSource.getConnection()) {
            ChangeLog.append(connection, membership.instanceId(), change);
            if (membership.postgresql()) {
                try (Statement notify = connection.createStatement()) {
                    notify.execute("NOTIFY " + CHANNEL);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the change could not be recorded for the other instances", e);
        }
    }
}
