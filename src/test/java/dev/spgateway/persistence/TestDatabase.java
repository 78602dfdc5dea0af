package dev.spgateway.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A throw-away database for persistence tests: an in-memory H2, or a fresh schema in the PostgreSQL given by
 * {@code spgateway.test.pg.url}. Without a reachable PostgreSQL the PostgreSQL tests are skipped with the
 * reason, except under CI ({@code CI=true}), where that is a failure.
 */
public final class TestDatabase implements AutoCloseable {

    private final String name;
    private final DataSource dataSource;
    private final String jdbcUrl;
    private final String user;
    private final Runnable cleanup;

    private TestDatabase(String name, DataSource dataSource, String jdbcUrl, String user, Runnable cleanup) {
        this.name = name;
        this.dataSource = dataSource;
        this.jdbcUrl = jdbcUrl;
        this.user = user;
        this.cleanup = cleanup;
    }

    public static TestDatabase create(String kind) {
        return switch (kind) {
            case "h2" -> h2();
            case "postgresql" -> postgresql();
            default -> throw new IllegalArgumentException(kind);
        };
    }

    public static TestDatabase h2() {
        JdbcDataSource h2 = new JdbcDataSource();
        String url = "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        h2.setURL(url);
        h2.setUser("spgateway");
        h2.setPassword("spgateway");
        return new TestDatabase("h2", h2, url, "spgateway", () -> execute(h2, "SHUTDOWN"));
    }

    /**
     * An in-memory H2 that a server process uses over TCP while this JVM reads it directly, so that a test can
     * look into the database of a running gateway. The TCP server listens on the loopback interface only
     * ({@code h2.bindAddress}, set by the build for the test JVM) and admits local connections only.
     */
    public static TestDatabase h2Server() {
        System.setProperty("h2.bindAddress", "127.0.0.1");
        String name = "spgw_" + UUID.randomUUID().toString().replace("-", "");
        JdbcDataSource local = new JdbcDataSource();
        local.setURL("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
        local.setUser("spgateway");
        local.setPassword("spgateway");
        // over TCP an existing in-memory database may be opened, not created
        execute(local, "SELECT 1");
        org.h2.tools.Server server;
        try {
            server = org.h2.tools.Server.createTcpServer("-tcpPort", "0", "-tcpDaemon").start();
        } catch (SQLException e) {
            throw new IllegalStateException("H2 TCP server did not start", e);
        }
        String url = "jdbc:h2:tcp://127.0.0.1:" + server.getPort() + "/mem:" + name;
        return new TestDatabase("h2", local, url, "spgateway", () -> {
            server.stop();
            execute(local, "SHUTDOWN");
        });
    }

    /** The embedded database a stopped gateway left in its data directory. */
    public static TestDatabase h2File(java.nio.file.Path dataDir) {
        JdbcDataSource h2 = new JdbcDataSource();
        String url = "jdbc:h2:file:" + dataDir.toAbsolutePath().resolve("spgateway");
        h2.setURL(url);
        h2.setUser("spgateway");
        h2.setPassword("spgateway");
        return new TestDatabase("h2", h2, url, "spgateway", () -> { });
    }

    public static TestDatabase postgresql() {
        String url = System.getProperty("spgateway.test.pg.url", "jdbc:postgresql://127.0.0.1:5432/test");
        String user = System.getProperty("spgateway.test.pg.user", "postgres");
        PGSimpleDataSource admin = new PGSimpleDataSource();
        admin.setURL(url);
        admin.setUser(user);
        String schema = "spgw_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection connection = admin.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            String reason = "PostgreSQL persistence tests need a PostgreSQL at " + url + " (user " + user
                    + "), which could not be reached: " + e.getMessage();
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                Assertions.fail(reason);
            }
            Assumptions.abort("SKIPPED: " + reason);
        }
        PGSimpleDataSource scoped = new PGSimpleDataSource();
        scoped.setURL(url);
        scoped.setUser(user);
        scoped.setCurrentSchema(schema);
        String scopedUrl = url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
        return new TestDatabase("postgresql", scoped, scopedUrl, user,
                () -> execute(admin, "DROP SCHEMA " + schema + " CASCADE"));
    }

    public String name() {
        return name;
    }

    public DataSource dataSource() {
        return dataSource;
    }

    /** The URL a server process can use for the same database (PostgreSQL: the same fresh schema). */
    public String jdbcUrl() {
        return jdbcUrl;
    }

    public String user() {
        return user;
    }

    /** Every value of every row of the application's tables, as text: what a dump would show. */
    public String dump() {
        StringBuilder dump = new StringBuilder();
        try (Connection connection = dataSource.getConnection()) {
            java.util.List<String> tables = new java.util.ArrayList<>();
            try (var rs = connection.getMetaData().getTables(null, connection.getSchema(), "%",
                    new String[] {"TABLE"})) {
                while (rs.next()) {
                    tables.add(rs.getString("TABLE_NAME"));
                }
            }
            for (String table : tables) {
                try (Statement statement = connection.createStatement();
                        var rows = statement.executeQuery("SELECT * FROM \"" + table + "\"")) {
                    int columns = rows.getMetaData().getColumnCount();
                    while (rows.next()) {
                        for (int i = 1; i <= columns; i++) {
                            dump.append(rows.getString(i)).append('\t');
                        }
                        dump.append('\n');
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("dump failed", e);
        }
        return dump.toString();
    }

    public boolean isPostgresql() {
        return name.toLowerCase(Locale.ROOT).contains("postgres");
    }

    @Override
    public void close() {
        cleanup.run();
    }

    private static void execute(DataSource dataSource, String sql) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + " failed", e);
        }
    }
}
