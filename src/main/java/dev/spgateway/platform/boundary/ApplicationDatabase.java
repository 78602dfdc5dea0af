package dev.spgateway.platform.boundary;

import dev.spgateway.platform.control.ConfiguredDataSource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;

/**
 * The application's datasource over {@link ConfiguredDataSource}, which reads the {@code spgateway.db.*}
 * properties through MicroProfile Config, so the definition holds only standard attributes and no server's
 * expression syntax. The {@code fish.payara.*} properties are Payara's pool settings (other servers skip
 * properties their pool does not know): every connection is validated before use and one found broken
 * discards the whole pool, so that after a database outage no dead connection is handed out again and the
 * gateway recovers by itself; waiting for a free connection and each statement have deadlines.
 * <p>
 * It is an EJB because WildFly binds the definitions of components only.
 */
@Singleton
@DataSourceDefinition(
        name = ApplicationDatabase.DATASOURCE,
        className = "dev.spgateway.platform.control.ConfiguredDataSource",
        minPoolSize = 1,
        maxPoolSize = 32,
        loginTimeout = 5,
        properties = {
            "fish.payara.is-connection-validation-required=true",
            "fish.payara.connection-validation-method=custom-validation",
            "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.JDBC40ConnectionValidation",
            "fish.payara.fail-all-connections=true",
            "fish.payara.max-wait-time-in-millis=10000",
            "fish.payara.statement-timeout-in-seconds=30"
        })
public class ApplicationDatabase {

    public static final String DATASOURCE = "java:app/jdbc/spgateway";
}
