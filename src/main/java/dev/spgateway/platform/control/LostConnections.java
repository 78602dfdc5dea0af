package dev.spgateway.platform.control;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLNonTransientConnectionException;
import java.util.Set;

/**
 * Lets a connection pool that does not validate its connections learn of one the database has dropped.
 * WildFly's pool for an application's {@code @DataSourceDefinition} takes no validation or exception-sorter
 * settings, and keeps a connection whose calls fail with an {@code SQLException}: after an outage it would
 * hand the dead connections out for as long as they stay pooled. It discards a connection whose call fails
 * with anything else, though. So a connection the driver reports closed (as it does after the socket failed)
 * refuses new work with {@link LostConnectionException}, and the pool replaces it; the caller sees a
 * connection loss (SQLState 08003), as from any pool. Pools that validate (Payara's) rarely let one through.
 */
public final class LostConnections {

    private static final String CONNECTION_DOES_NOT_EXIST = "08003";
    /** The calls that start new work on a connection; a dead one must not get that far. */
    private static final Set<String> NEW_WORK = Set.of("createStatement", "prepareStatement", "prepareCall",
            "isValid", "getMetaData");

    private LostConnections() {
    }

    public static Connection watched(Connection connection) {
        return (Connection) Proxy.newProxyInstance(LostConnections.class.getClassLoader(),
                new Class<?>[] {Connection.class}, new Watch(connection));
    }

    /** Unchecked, because an {@code SQLException} would leave the dead connection in the pool. */
    public static final class LostConnectionException extends IllegalStateException {

        private static final long serialVersionUID = 1L;

        LostConnectionException() {
            super(new SQLNonTransientConnectionException("the database closed this connection",
                    CONNECTION_DOES_NOT_EXIST));
        }
    }

    private record Watch(Connection connection) implements InvocationHandler {

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            if (method.getDeclaringClass() == Object.class) {
                return switch (method.getName()) {
                    case "equals" -> proxy == args[0];
                    case "hashCode" -> System.identityHashCode(proxy);
                    default -> "watched " + connection;
                };
            }
            if (NEW_WORK.contains(method.getName()) && connection.isClosed()) {
                throw new LostConnectionException();
            }
            try {
                return method.invoke(connection, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }
    }
}
