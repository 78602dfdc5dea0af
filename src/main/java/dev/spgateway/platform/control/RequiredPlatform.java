package dev.spgateway.platform.control;

import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.BeforeBeanDiscovery;
import jakarta.enterprise.inject.spi.DeploymentException;
import jakarta.enterprise.inject.spi.Extension;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Stops the deployment, before any bean is looked at, on a server that lacks an API the gateway needs, with a
 * message naming what is missing (otherwise the failure shows as unsatisfied injection points or class
 * loading errors far from the cause).
 */
public class RequiredPlatform implements Extension {

    /** What the gateway needs, each with a class the application sees only where the server provides it. */
    static final Map<String, String> NEEDED = new LinkedHashMap<>();

    static {
        NEEDED.put("Jakarta Enterprise Beans (timers)", "jakarta.ejb.TimerService");
        NEEDED.put("MicroProfile Config", "org.eclipse.microprofile.config.ConfigProvider");
        NEEDED.put("MicroProfile Fault Tolerance", "org.eclipse.microprofile.faulttolerance.Retry");
        NEEDED.put("MicroProfile Health", "org.eclipse.microprofile.health.HealthCheck");
        NEEDED.put("MicroProfile OpenAPI", "org.eclipse.microprofile.openapi.OASFilter");
        NEEDED.put("MicroProfile Rest Client", "org.eclipse.microprofile.rest.client.RestClientBuilder");
        NEEDED.put("EclipseLink (the JPA provider)", "org.eclipse.persistence.jpa.PersistenceProvider");
    }

    void check(@Observes BeforeBeanDiscovery discovery) {
        List<String> missing = missing(NEEDED, RequiredPlatform.class.getClassLoader());
        if (!missing.isEmpty()) {
            throw new DeploymentException("spgateway cannot run on this server, which does not provide "
                    + String.join(", ", missing) + ". On WildFly, apply server-config/wildfly/configure.cli "
                    + "(see the README, section WildFly).");
        }
    }

    static List<String> missing(Map<String, String> needed, ClassLoader loader) {
        return needed.entrySet().stream().filter(entry -> !visible(entry.getValue(), loader))
                .map(entry -> entry.getKey() + " (" + entry.getValue() + ")").toList();
    }

    private static boolean visible(String className, ClassLoader loader) {
        try {
            Class.forName(className, false, loader);
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }
}
