package dev.spgateway.platform.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The table {@code cluster_change} read by one instance. Rows are read by the database's clock over a window
 * of {@link #WINDOW_SECONDS} rather than after the last id seen: identities are handed out before commit, so a
 * transaction that commits after a later one would otherwise be skipped. Forgetting twice does no harm, and the
 * ids already applied are remembered for longer than the window, so each change is applied once anyway.
 */
public final class ChangeLog {

    static final int WINDOW_SECONDS = 10;
    static final int RETENTION_SECONDS = 60;
    private static final int REMEMBERED = 10_000;

    private static final String INSERT = "INSERT INTO cluster_change (topic, change_key, origin) VALUES (?, ?, ?)";
    private static final String RECENT = "SELECT id, topic, change_key FROM cluster_change WHERE origin <> ?"
            + " AND created_at > CURRENT_TIMESTAMP - INTERVAL '" + WINDOW_SECONDS + "' SECOND ORDER BY id";
    private static final String PRUNE = "DELETE FROM cluster_change WHERE created_at < CURRENT_TIMESTAMP - INTERVAL '"
            + RETENTION_SECONDS + "' SECOND";

    private final String origin;
    private final Map<Long, Boolean> applied = new LinkedHashMap<>(256, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Boolean> eldest) {
            return size() > REMEMBERED;
        }
    };

    public ChangeLog(String origin) {
        this.origin = origin;
    }

    public static void append(Connection connection, String origin, ClusterChange change) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            insert.setString(1, change.topic());
            insert.setString(2, change.key());
            insert.setString(3, origin);
            insert.executeUpdate();
        }
    }

    /** Other instances' changes not applied here yet, oldest first. */
    public synchronized List<ClusterChange> unseen(Connection connection) throws SQLException {
        List<ClusterChange> changes = new ArrayList<>();
        try (PreparedStatement recent = connection.prepareStatement(RECENT)) {
            recent.setString(1, origin);
            try (ResultSet rows = recent.executeQuery()) {
                while (rows.next()) {
                    if (applied.put(rows.getLong(1), Boolean.TRUE) == null) {
                        changes.add(new ClusterChange(rows.getString(2), rows.getString(3)));
                    }
                }
            }
        }
        return changes;
    }

    /** Deletes the rows every instance has read by now. */
    public static int prune(Connection connection) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement(PRUNE)) {
            return delete.executeUpdate();
        }
    }
}
