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
    private final Runnable cleanup;

    private TestDatabase(String name, DataSource dataSource, Runnable cleanup) {
        this.name = name;
        this.dataSource = dataSource;
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
        h2.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        h2.setUser("spgateway");
        h2.setPassword("spgateway");
        return new TestDatabase("h2", h2, () -> execute(h2, "SHUTDOWN"));
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
        return new TestDatabase("postgresql", scoped,
                () -> execute(admin, "DROP SCHEMA " + schema + " CASCADE"));
    }

    public String name() {
        return name;
    }

    public DataSource dataSource() {
        return dataSource;
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
