package dev.spgateway.e2e;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;

/**
 * Every row of every table of the gateway's database, as text, in a stable order: two snapshots are equal
 * exactly when nothing was written in between. The rotation job's lease is left out: the hourly timer moves
 * it on its own, whatever the clients do.
 */
record DatabaseSnapshot(Map<String, List<String>> tables) {

    private static final String MOVES_ON_ITS_OWN = "job_lease";

    /** Takes snapshots over one connection, the tables listed once (the schema does not change under test). */
    static final class Reader implements AutoCloseable {

        private final Connection connection;
        private final List<String> tables = new ArrayList<>();

        Reader(DataSource dataSource) {
            try {
                connection = dataSource.getConnection();
                connection.setAutoCommit(true);
                try (ResultSet rs = connection.getMetaData().getTables(null, connection.getSchema(), "%",
                        new String[] {"TABLE"})) {
                    while (rs.next()) {
                        tables.add(rs.getString("TABLE_NAME"));
                    }
                }
            } catch (SQLException e) {
                throw new IllegalStateException("the gateway's database cannot be read", e);
            }
            tables.removeIf(table -> table.toLowerCase(Locale.ROOT).equals(MOVES_ON_ITS_OWN));
            if (tables.stream().noneMatch(table -> table.equalsIgnoreCase("store_connection"))) {
                throw new IllegalStateException("not the gateway's database: " + tables);
            }
        }

        DatabaseSnapshot snapshot() {
            Map<String, List<String>> rows = new TreeMap<>();
            try {
                for (String table : tables) {
                    rows.put(table.toLowerCase(Locale.ROOT), rows(table));
                }
            } catch (SQLException e) {
                throw new IllegalStateException("snapshot failed", e);
            }
            return new DatabaseSnapshot(rows);
        }

        private List<String> rows(String table) throws SQLException {
            List<String> rows = new ArrayList<>();
            try (Statement statement = connection.createStatement();
                    ResultSet rs = statement.executeQuery("SELECT * FROM \"" + table + "\"")) {
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    StringBuilder row = new StringBuilder();
                    for (int i = 1; i <= columns; i++) {
                        row.append(rs.getString(i)).append('\t');
                    }
                    rows.add(row.toString());
                }
            }
            rows.sort(null);
            return rows;
        }

        @Override
        public void close() {
            try {
                connection.close();
            } catch (SQLException e) {
                // the database goes away with the test anyway
            }
        }
    }
}
