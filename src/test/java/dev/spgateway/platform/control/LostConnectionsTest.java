package dev.spgateway.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class LostConnectionsTest {

    private final AtomicBoolean closed = new AtomicBoolean();
    private final PreparedStatement statement = fake(PreparedStatement.class, "a statement");
    private final Connection watched = LostConnections.watched(driverConnection());

    @Test
    void anOpenConnectionWorksAsTheDriversAndPassesItsErrorsOnAsTheyAre() throws Exception {
        assertSame(statement, watched.prepareStatement("SELECT 1"));
        assertTrue(watched.isValid(1));
        SQLException refused = assertThrows(SQLException.class, () -> watched.prepareStatement("BAD"));
        assertEquals("42601", refused.getSQLState());
        watched.close();
        assertTrue(closed.get());
    }

    @Test
    void aConnectionTheDatabaseDroppedRefusesNewWorkAsALostConnectionOutsideSqlException() {
        closed.set(true);
        RuntimeException lost = assertThrows(LostConnections.LostConnectionException.class,
                () -> watched.prepareStatement("SELECT 1"));
        assertFalse(lost instanceof Exception && SQLException.class.isInstance(lost));
        assertTrue(DatabaseFailures.isConnectionLoss(new SQLException("Error", lost)));
        assertThrows(LostConnections.LostConnectionException.class, () -> watched.isValid(1));
        assertThrows(LostConnections.LostConnectionException.class, watched::createStatement);
    }

    @Test
    void equalityIsThatOfTheWatchedConnectionItself() {
        assertTrue(watched.equals(watched));
        assertFalse(watched.equals(LostConnections.watched(driverConnection())));
        assertEquals(System.identityHashCode(watched), watched.hashCode());
    }

    private Connection driverConnection() {
        return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class},
                (self, method, args) -> switch (method.getName()) {
                    case "isClosed" -> closed.get();
                    case "close" -> {
                        closed.set(true);
                        yield null;
                    }
                    case "isValid" -> !closed.get();
                    case "prepareStatement" -> {
                        if ("BAD".equals(args[0])) {
                            throw new SQLException("syntax error", "42601");
                        }
                        yield statement;
                    }
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    @SuppressWarnings("unchecked")
    private static <T> T fake(Class<T> type, String name) {
        return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
                (self, method, args) -> method.getName().equals("toString") ? name : null);
    }
}
