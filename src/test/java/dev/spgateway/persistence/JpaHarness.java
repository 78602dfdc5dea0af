package dev.spgateway.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import dev.spgateway.store.control.StoreSecretsBoundToRows;
import org.flywaydb.core.Flyway;

/**
 * The application's own persistence unit and Flyway migrations, run outside the container against a
 * {@link TestDatabase}: what the server does at startup, minus JTA.
 */
public final class JpaHarness implements AutoCloseable {

    private final EntityManagerFactory factory;

    public JpaHarness(TestDatabase database) {
        migrate(database, null);
        factory = Persistence.createEntityManagerFactory("spgateway", Map.of(
                "jakarta.persistence.transactionType", "RESOURCE_LOCAL",
                "jakarta.persistence.jtaDataSource", "",
                "jakarta.persistence.nonJtaDataSource", database.dataSource(),
                "eclipselink.logging.level", "WARNING"));
    }

    /** The server's migrations (its Java ones too), up to {@code target} or, when null, all of them. */
    public static void migrate(TestDatabase database, String target) {
        var flyway = Flyway.configure().dataSource(database.dataSource()).locations("classpath:db/migration")
                .javaMigrations(new StoreSecretsBoundToRows());
        if (target != null) {
            flyway.target(target);
        }
        flyway.load().migrate();
    }

    public void run(Consumer<EntityManager> work) {
        inTransaction(em -> {
            work.accept(em);
            return null;
        });
    }

    public <T> T inTransaction(Function<EntityManager, T> work) {
        EntityManager em = factory.createEntityManager();
        try {
            em.getTransaction().begin();
            T result = work.apply(em);
            em.getTransaction().commit();
            return result;
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }

    @Override
    public void close() {
        factory.close();
    }
}
