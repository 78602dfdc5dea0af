package dev.spgateway.platform.boundary;

import dev.spgateway.platform.control.SingleProcessDatabase;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * Owns the application's database: brings the schema up to date with Flyway before any bean that uses JPA
 * starts ({@code @DependsOn("SchemaMigration")}). Flyway's own lock table serialises instances that start
 * together on one database. The datasource is {@link ApplicationDatabase}. The SQL migrations live in
 * {@code db/migration}; a feature whose migration needs Java (re-encrypting values, say) contributes it as a
 * CDI bean implementing {@link JavaMigration}. Those may use the secrets key, so it is loaded first.
 */
@Singleton
@Startup
@DependsOn("SecretKeys")
@TransactionManagement(TransactionManagementType.BEAN)
public class SchemaMigration {

    private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

    public static final String DATASOURCE = ApplicationDatabase.DATASOURCE;

    @Resource(lookup = DATASOURCE)
    DataSource dataSource;

    @Inject
    @Any
    Instance<JavaMigration> javaMigrations;

    @PostConstruct
    void migrate() {
        try {
            flyway();
        } catch (RuntimeException e) {
            SingleProcessDatabase.explain(e).ifPresent(LOG::severe);
            throw e;
        }
    }

    private void flyway() {
        Flyway.configure(SchemaMigration.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .javaMigrations(javaMigrations.stream().toArray(JavaMigration[]::new))
                .load()
                .migrate();
    }
}
