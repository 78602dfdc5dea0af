package dev.spgateway.platform.boundary;

import dev.spgateway.platform.control.ChangeLog;
import dev.spgateway.platform.control.ClusterChange;
import dev.spgateway.platform.control.ClusterMembership;
import dev.spgateway.platform.control.ConfiguredDataSource;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.postgresql.PGConnection;

/**
 * Applies the other instances' changes here, as CDI {@link ClusterChange} events. One managed thread holds a
 * connection of its own (outside the pool, which it would otherwise hold a slot of for good): on PostgreSQL it
 * LISTENs and wakes at the other instances' NOTIFY; on every database it reads the change table at least every
 * {@code spgateway.cluster.poll-interval}, so a lost notification or a database without them costs at most that
 * long. A broken connection is opened again after the same pause.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class ClusterChangeListener {

    private static final Logger LOG = Logger.getLogger(ClusterChangeListener.class.getName());
    private static final Duration PRUNE_EVERY = Duration.ofMinutes(1);

    @Resource
    ManagedThreadFactory threads;

    @Inject
    ClusterMembership membership;

    @Inject
    Event<ClusterChange> arrived;

    @Inject
    @ConfigProperty(name = "spgateway.cluster.poll-interval")
    Duration pollInterval;

    private volatile boolean running;
    private Thread thread;

    @PostConstruct
    void start() {
        if (!membership.shared()) {
            LOG.info("Single instance (spgateway.cluster.mode): changes, usage plans and reports stay in memory");
            return;
        }
        running = true;
        thread = threads.newThread(this::listen);
        thread.setName("spgateway-cluster-changes");
        thread.start();
        LOG.info(() -> "Cluster member " + membership.instanceId() + ": other instances' changes apply here within "
                + pollInterval.toMillis() + " ms" + (membership.postgresql() ? " (at once on NOTIFY)" : ""));
    }

    @PreDestroy
    void stop() {
        running = false;
        if (thread != null) {
            thread.interrupt();
            try {
                thread.join(Duration.ofSeconds(5).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void listen() {
        ChangeLog log = new ChangeLog(membership.instanceId());
        boolean failing = false;
        while (running) {
            try (Connection connection = new ConfiguredDataSource().getConnection()) {
                connection.setAutoCommit(true);
                PGConnection notifications = subscribe(connection);
                if (failing) {
                    LOG.info("The change feed of the cluster reads again");
                    failing = false;
                }
                follow(connection, notifications, log);
            } catch (SQLException | RuntimeException e) {
                if (running && !failing) {
                    LOG.log(Level.WARNING, "The change feed of the cluster cannot be read; trying again every "
                            + pollInterval.toMillis() + " ms (changes of other instances show after "
                            + "spgateway.api.lookup-cache-ttl meanwhile)", e);
                    failing = true;
                }
                pause();
            }
        }
    }

    private void follow(Connection connection, PGConnection notifications, ChangeLog log) throws SQLException {
        Instant nextPrune = Instant.now();
        while (running) {
            List<ClusterChange> changes = log.unseen(connection);
            changes.forEach(this::apply);
            if (!Instant.now().isBefore(nextPrune)) {
                ChangeLog.prune(connection);
                nextPrune = Instant.now().plus(PRUNE_EVERY);
            }
            if (notifications != null) {
                notifications.getNotifications((int) Math.max(1, pollInterval.toMillis()));
            } else {
                pause();
            }
        }
    }

    private void apply(ClusterChange change) {
        try {
            arrived.fire(change);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "A change of another instance (" + change.topic() + ") was not applied here", e);
        }
    }

    private PGConnection subscribe(Connection connection) throws SQLException {
        if (!membership.postgresql()) {
            return null;
        }
        try (Statement listen = connection.createStatement()) {
            listen.execute("LISTEN " + ClusterChanges.CHANNEL);
        }
        return connection.unwrap(PGConnection.class);
    }

    private void pause() {
        try {
            Thread.sleep(pollInterval.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }
}
