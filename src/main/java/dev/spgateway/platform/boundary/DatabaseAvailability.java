package dev.spgateway.platform.boundary;

import dev.spgateway.platform.control.DatabaseFailures;
import dev.spgateway.platform.control.OutageGate;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Whether the database can be reached. A failure that comes from a lost connection, or from the database
 * while a probe finds it unreachable, marks it down: from then on calls are turned away at once, until a
 * probe (at most one a second, by a caller or by the readiness check) finds it back.
 */
@ApplicationScoped
public class DatabaseAvailability {

    private static final Logger LOG = Logger.getLogger(DatabaseAvailability.class.getName());
    private static final Duration PROBE_INTERVAL = Duration.ofSeconds(1);
    private static final int VALID_TIMEOUT_SECONDS = 2;

    @Resource(lookup = ApplicationDatabase.DATASOURCE)
    DataSource dataSource;

    private final AtomicBoolean announcedDown = new AtomicBoolean();
    private OutageGate gate;

    @PostConstruct
    void init() {
        gate = new OutageGate(this::answers, PROBE_INTERVAL, System::nanoTime);
    }

    /**
     * Made with the application, so that its datasource is looked up in the application's naming context:
     * WildFly runs health checks on its management threads, where {@code java:app} names are not found.
     */
    void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
        // touching the bean is enough: the container injects the datasource
    }

    /** False while the database is known to be down (then a call should not even try). */
    public boolean admits() {
        boolean admitted = gate.admits();
        announce(admitted);
        return admitted;
    }

    /** Probes the database now (readiness). */
    public boolean reachable() {
        boolean up = gate.probe();
        announce(up);
        return up;
    }

    /**
     * True when the failure is the database's unavailability: a lost connection (the call may succeed when
     * retried even if the database is back already), or a database error while the database cannot be reached.
     */
    public boolean explains(Throwable failure) {
        boolean connectionLost = DatabaseFailures.isConnectionLoss(failure);
        if (!connectionLost && !DatabaseFailures.involvesDatabase(failure)) {
            return false;
        }
        return !reachable() || connectionLost;
    }

    private void announce(boolean up) {
        if (up && announcedDown.compareAndSet(true, false)) {
            LOG.info("The database answers again");
        } else if (!up && announcedDown.compareAndSet(false, true)) {
            LOG.warning("The database cannot be reached: calls are answered 1 (service unavailable) until it"
                    + " answers again");
        }
    }

    private boolean answers() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(VALID_TIMEOUT_SECONDS);
        } catch (SQLException e) {
            return false;
        }
    }
}
