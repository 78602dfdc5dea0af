package dev.spgateway.platform.control;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Derives {@code spgateway.db.datasource-class} from {@code spgateway.db.url}, so that switching to
 * PostgreSQL takes only the URL, user and password. Its low ordinal lets an explicit setting win; it reads
 * the URL from system properties and the environment, where operators set it.
 */
public class DatabaseDefaults implements ConfigSource {

    static final String DATASOURCE_CLASS = "spgateway.db.datasource-class";
    static final String H2 = "org.h2.jdbcx.JdbcDataSource";
    static final String POSTGRESQL = "org.postgresql.ds.PGSimpleDataSource";

    @Override
    public Set<String> getPropertyNames() {
        return Set.of(DATASOURCE_CLASS);
    }

    @Override
    public String getValue(String propertyName) {
        return DATASOURCE_CLASS.equals(propertyName) ? dataSourceClassFor(configuredUrl()) : null;
    }

    @Override
    public String getName() {
        return "spgateway database defaults";
    }

    @Override
    public int getOrdinal() {
        return 50;
    }

    static String dataSourceClassFor(String url) {
        String normalized = url == null ? "" : url.toLowerCase(Locale.ROOT);
        return normalized.startsWith("jdbc:postgresql:") ? POSTGRESQL : H2;
    }

    private static String configuredUrl() {
        String url = System.getProperty("spgateway.db.url");
        if (url != null) {
            return url;
        }
        Map<String, String> env = System.getenv();
        return env.getOrDefault("SPGATEWAY_DB_URL", env.get("spgateway_db_url"));
    }
}
