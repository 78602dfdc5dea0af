package dev.spgateway.e2e;

import dev.spgateway.launch.GatewayProcess;
import dev.spgateway.persistence.TestDatabase;
import java.nio.file.Path;

/**
 * The database of an end-to-end gateway: the embedded H2 in its data directory, or, with
 * {@code -Dspgateway.test.database=postgresql}, a fresh schema in the test PostgreSQL that {@link #close()}
 * drops. So the same class runs on either database; the build chooses which (the wildfly profile's run takes
 * PostgreSQL, the default run H2).
 */
final class E2eDatabase implements AutoCloseable {

    static final String PROPERTY = "spgateway.test.database";

    private final Path dataDir;
    private final TestDatabase postgresql;

    private E2eDatabase(Path dataDir, TestDatabase postgresql) {
        this.dataDir = dataDir;
        this.postgresql = postgresql;
    }

    /** The database this run asks for; the gateway's data directory (its secrets key) is {@code dataDir} either way. */
    static E2eDatabase forRun(Path dataDir) {
        String kind = System.getProperty(PROPERTY, "h2");
        return switch (kind) {
            case "h2" -> new E2eDatabase(dataDir, null);
            case "postgresql" -> new E2eDatabase(dataDir, TestDatabase.postgresql());
            default -> throw new IllegalArgumentException(PROPERTY + " is h2 or postgresql, not " + kind);
        };
    }

    GatewayProcess configure(GatewayProcess gateway) {
        gateway.property("spgateway.data-dir", "./" + dataDir);
        return postgresql == null ? gateway
                : SandboxedGateway.onDatabase(gateway, postgresql.jdbcUrl(), postgresql.user());
    }

    /** Every row, as text, of a database no gateway is writing to at the moment (H2 needs its gateway stopped). */
    String dump() {
        return (postgresql == null ? TestDatabase.h2File(dataDir) : postgresql).dump();
    }

    @Override
    public void close() {
        if (postgresql != null) {
            postgresql.close();
        }
    }
}
