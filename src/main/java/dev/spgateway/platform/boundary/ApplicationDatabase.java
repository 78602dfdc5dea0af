package dev.spgateway.platform.boundary;

import jakarta.annotation.sql.DataSourceDefinition;

/**
 * The application's datasource, from MicroProfile Config; the class follows from the URL
 * ({@link dev.spgateway.platform.control.DatabaseDefaults}). Only standard attributes here: the server's own
 * pool settings (connection validation) are in the {@code data-source} of the same name in
 * {@code WEB-INF/web.xml}, which the server merges with this one. It sits on a plain class rather than on an
 * EJB because Payara merges a web module's descriptor only with definitions of the web module's own classes.
 */
@DataSourceDefinition(
        name = ApplicationDatabase.DATASOURCE,
        className = "${MPCONFIG=spgateway.db.datasource-class}",
        url = "${MPCONFIG=spgateway.db.url}",
        user = "${MPCONFIG=spgateway.db.user}",
        password = "${MPCONFIG=spgateway.db.password}",
        minPoolSize = 1,
        maxPoolSize = 32,
        loginTimeout = 5)
public final class ApplicationDatabase {

    public static final String DATASOURCE = "java:app/jdbc/spgateway";

    private ApplicationDatabase() {
    }
}
