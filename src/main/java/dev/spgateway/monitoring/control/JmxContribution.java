package dev.spgateway.monitoring.control;

import javax.management.NotificationEmitter;

/**
 * A CDI bean that wants to be an MXBean under {@code spgateway:type=<type>}: it implements its MXBean
 * interface and this one, and {@code monitoring.boundary.JmxRegistration} registers it at startup and
 * unregisters it at undeploy. Calls arrive on JMX threads and run in the application's context.
 */
public interface JmxContribution {

    /** The {@code type} key of the object name. */
    String type();

    /** The MXBean interface this bean implements; only its methods are exposed. */
    Class<?> mxbeanInterface();

    /** Where the bean's notifications come from, or null when it sends none. */
    default NotificationEmitter notifications() {
        return null;
    }
}
