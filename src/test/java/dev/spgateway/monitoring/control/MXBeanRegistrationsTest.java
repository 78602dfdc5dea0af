package dev.spgateway.monitoring.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javax.management.AttributeChangeNotification;
import javax.management.MBeanServer;
import javax.management.MBeanServerFactory;
import javax.management.Notification;
import javax.management.NotificationBroadcasterSupport;
import javax.management.ObjectName;
import org.junit.jupiter.api.Test;

class MXBeanRegistrationsTest {

    public interface CounterMXBean {
        int getCount();

        int reset();
    }

    static final class Counter implements CounterMXBean {
        int count = 7;

        @Override
        public int getCount() {
            return count;
        }

        @Override
        public int reset() {
            int before = count;
            count = 0;
            return before;
        }
    }

    private final MBeanServer server = MBeanServerFactory.newMBeanServer();

    @Test
    void registersUnderTheDomainWithItsTypeAndExposesAttributesAndOperations() throws Exception {
        try (MXBeanRegistrations registrations = new MXBeanRegistrations(server)) {
            ObjectName name = registrations.register("Counter", new Counter(), CounterMXBean.class, null);

            assertEquals(new ObjectName("spgateway:type=Counter"), name);
            assertEquals(7, server.getAttribute(name, "Count"));
            assertEquals(7, server.invoke(name, "reset", new Object[0], new String[0]));
            assertEquals(0, server.getAttribute(name, "Count"));
        }
    }

    @Test
    void replacesALeftoverOfAnEarlierDeploymentAndUnregistersEverythingOnClose() throws Exception {
        new MXBeanRegistrations(server).register("Counter", new Counter(), CounterMXBean.class, null);
        MXBeanRegistrations registrations = new MXBeanRegistrations(server);
        Counter fresh = new Counter();
        fresh.count = 42;

        ObjectName name = registrations.register("Counter", fresh, CounterMXBean.class, null);
        assertEquals(42, server.getAttribute(name, "Count"));
        assertEquals(List.of(name), registrations.registered());

        registrations.close();
        assertFalse(server.isRegistered(name));
    }

    @Test
    void anEmitterDeliversItsNotificationsToListenersOfTheBean() throws Exception {
        NotificationBroadcasterSupport emitter = new NotificationBroadcasterSupport();
        AtomicReference<Notification> received = new AtomicReference<>();
        try (MXBeanRegistrations registrations = new MXBeanRegistrations(server)) {
            ObjectName name = registrations.register("Counter", new Counter(), CounterMXBean.class, emitter);
            server.addNotificationListener(name, (notification, handback) -> received.set(notification), null, null);

            emitter.sendNotification(new AttributeChangeNotification(name, 1, 0L, "reset", "Count", "int", 7, 0));

            assertTrue(received.get() instanceof AttributeChangeNotification);
        }
    }
}
