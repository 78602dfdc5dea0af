package dev.spgateway.platform.control;

import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.function.Function;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The application's database as MicroProfile Config describes it ({@code spgateway.db.url}, {@code .user},
 * {@code .password}, {@code .datasource-class}). The server pools this class, which {@code WEB-INF/web.xml}
 * names, so the datasource definition carries no server's own expression syntax: every Jakarta EE server
 * reads the same properties the same way. The real driver's datasource is made on the first connection, when
 * the application's configuration is in place. Its connections tell a pool that does not validate them when
 * the database has dropped one ({@link LostConnections}).
 */
public class ConfiguredDataSource implements DataSource {

    static final String URL = "spgateway.db.url";
    static final String USER = "spgateway.db.user";
    static final String PASSWORD = "spgateway.db.password";

    private volatile DataSource target;
    private volatile int loginTimeout;

    @Override
    public Connection getConnection() throws SQLException {
        return LostConnections.watched(target().getConnection());
    }

    /** A pool that has no user of its own (the definition names none) asks for the configured one. */
    @Override
    public Connection getConnection(String user, String password) throws SQLException {
        return LostConnections.watched(user == null || user.isEmpty()
                ? target().getConnection() : target().getConnection(user, password));
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return target().getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        target().setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        loginTimeout = seconds;
        DataSource current = target;
        if (current != null) {
            current.setLoginTimeout(seconds);
        }
    }

    @Override
    public int getLoginTimeout() {
        return loginTimeout;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException("the driver's datasource logs on its own");
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        return type.isInstance(this) ? type.cast(this) : target().unwrap(type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) throws SQLException {
        return type.isInstance(this) || target().isWrapperFor(type);
    }

    DataSource target() throws SQLException {
        DataSource current = target;
        if (current == null) {
            synchronized (this) {
                if (target == null) {
                    ClassLoader loader = ConfiguredDataSource.class.getClassLoader();
                    var config = ConfigProvider.getConfig(loader);
                    DataSource created = create(key -> config.getOptionalValue(key, String.class).orElse(null), loader);
                    if (loginTimeout > 0) {
                        created.setLoginTimeout(loginTimeout);
                    }
                    target = created;
                }
                current = target;
            }
        }
        return current;
    }

    /** The driver's datasource named by the settings, given their URL, user and password. */
    static DataSource create(Function<String, String> settings, ClassLoader loader) throws SQLException {
        String className = settings.apply(DatabaseDefaults.DATASOURCE_CLASS);
        if (className == null) {
            className = DatabaseDefaults.dataSourceClassFor(settings.apply(URL));
        }
        Object dataSource;
        try {
            dataSource = loader.loadClass(className).getConstructor().newInstance();
        } catch (ClassNotFoundException | LinkageError e) {
            throw new SQLException("The database driver is missing: " + DatabaseDefaults.DATASOURCE_CLASS + " names "
                    + className + ", which this server does not provide to the application (for H2 on WildFly, "
                    + "WEB-INF/jboss-deployment-structure.xml adds the server's com.h2database.h2 module)", e);
        } catch (ReflectiveOperationException e) {
            throw new SQLException(DatabaseDefaults.DATASOURCE_CLASS + " " + className + " cannot be created", e);
        }
        if (!(dataSource instanceof DataSource created)) {
            throw new SQLException(DatabaseDefaults.DATASOURCE_CLASS + " " + className + " is not a javax.sql.DataSource");
        }
        set(created, settings.apply(URL), "setURL", "setUrl");
        set(created, settings.apply(USER), "setUser");
        set(created, settings.apply(PASSWORD), "setPassword");
        return created;
    }

    private static void set(Object dataSource, String value, String... setters) throws SQLException {
        if (value == null) {
            return;
        }
        for (String setter : setters) {
            try {
                dataSource.getClass().getMethod(setter, String.class).invoke(dataSource, value);
                return;
            } catch (NoSuchMethodException tryTheNextName) {
                // drivers spell the URL property differently
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new SQLException(dataSource.getClass().getName() + "." + setter + " failed", e);
            }
        }
        throw new SQLException(dataSource.getClass().getName() + " has none of " + String.join(", ", setters));
    }
}
