package dev.spgateway.platform.control;

import java.sql.SQLException;
import java.util.Optional;

/**
 * The embedded H2 database is one process's: H2 locks its file, so a second instance pointed at the same data
 * directory cannot open it (H2's error 90020, "database may be already in use"). That instance is told why it
 * did not start and what a cluster needs instead, rather than left with H2's message alone.
 */
public final class SingleProcessDatabase {

    /** H2's ErrorCode.DATABASE_ALREADY_OPEN_1. */
    static final int H2_ALREADY_OPEN = 90020;

    private SingleProcessDatabase() {
    }

    /** The explanation when {@code failure} says the embedded database is open in another process. */
    public static Optional<String> explain(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getErrorCode() == H2_ALREADY_OPEN) {
                return Optional.of("The embedded H2 database is already open in another process: H2 serves a"
                        + " single gateway instance. Stop the other instance, give this one its own"
                        + " spgateway.data-dir, or point every instance of a cluster at one PostgreSQL database"
                        + " (spgateway.db.url).");
            }
        }
        return Optional.empty();
    }
}
