package dev.spgateway.monitoring.control;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.MalformedObjectNameException;
import javax.management.NotificationEmitter;
import javax.management.ObjectName;
import javax.management.StandardEmitterMBean;
import javax.management.StandardMBean;

/**
 * The gateway's MXBeans in an MBean server, under the domain {@value #DOMAIN} with a {@code type} key.
 * A bean left behind by an earlier deployment of the same name is replaced; {@link #close()} unregisters
 * everything this instance registered, so an undeploy leaves no stale bean holding the old class loader.
 */
public final class MXBeanRegistrations implements AutoCloseable {

    public static final String DOMAIN = "spgateway";
    private static final Logger LOG = Logger.getLogger(MXBeanRegistrations.class.getName());

    private final MBeanServer server;
    private final List<ObjectName> registered = new ArrayList<>();

    public MXBeanRegistrations(MBeanServer server) {
        this.server = server;
    }

    public static MXBeanRegistrations platform() {
        return new MXBeanRegistrations(ManagementFactory.getPlatformMBeanServer());
    }

    public static ObjectName name(String type) {
        try {
            return new ObjectName(DOMAIN, "type", type);
        } catch (MalformedObjectNameException e) {
            throw new IllegalArgumentException("not a valid MBean type: " + type, e);
        }
    }

    /**
     * Registers {@code implementation} as an MXBean of interface {@code mxbeanInterface}; with an emitter,
     * listeners registered on the bean receive that emitter's notifications.
     */
    public synchronized <T> ObjectName register(String type, T implementation, Class<T> mxbeanInterface,
            NotificationEmitter emitter) {
        ObjectName name = name(type);
        StandardMBean mbean = emitter == null ? new StandardMBean(implementation, mxbeanInterface, true)
                : new StandardEmitterMBean(implementation, mxbeanInterface, true, emitter);
        try {
            if (server.isRegistered(name)) {
                server.unregisterMBean(name);
            }
            server.registerMBean(mbean, name);
        } catch (JMException e) {
            throw new IllegalStateException("could not register " + name, e);
        }
        registered.add(name);
        return name;
    }

    public synchronized List<ObjectName> registered() {
        return List.copyOf(registered);
    }

    @Override
    public synchronized void close() {
        for (ObjectName name : registered) {
            try {
                if (server.isRegistered(name)) {
                    server.unregisterMBean(name);
                }
            } catch (JMException e) {
                LOG.log(Level.WARNING, "could not unregister " + name, e);
            }
        }
        registered.clear();
    }
}
