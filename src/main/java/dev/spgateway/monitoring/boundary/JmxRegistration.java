package dev.spgateway.monitoring.boundary;

import dev.spgateway.monitoring.control.JmxContribution;
import dev.spgateway.monitoring.control.MXBeanRegistrations;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ContextService;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/**
 * Registers every {@link JmxContribution} as an MXBean in the platform MBean server at startup and removes
 * them at undeploy. JMX calls come on the JMX connector's threads, outside the application: each bean is
 * wrapped in a contextual proxy so that its calls run with the application's class loader and naming.
 */
@Singleton
@Startup
public class JmxRegistration {

    private static final Logger LOG = Logger.getLogger(JmxRegistration.class.getName());

    @Inject
    @Any
    Instance<JmxContribution> contributions;

    @Resource
    ContextService context;

    private MXBeanRegistrations registrations;

    @PostConstruct
    void registerAll() {
        registrations = MXBeanRegistrations.platform();
        for (JmxContribution contribution : contributions) {
            add(contribution);
        }
        LOG.info(() -> "JMX MXBeans registered: " + registrations.registered());
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private void add(JmxContribution contribution) {
        Class mxbean = contribution.mxbeanInterface();
        Object inContext = context.createContextualProxy(contribution, mxbean);
        registrations.register(contribution.type(), inContext, mxbean, contribution.notifications());
    }

    @PreDestroy
    void unregister() {
        registrations.close();
    }
}
