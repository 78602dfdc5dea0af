package dev.spgateway.admin.boundary;

import dev.spgateway.admin.control.ConsoleAuthScope;
import jakarta.security.auth.message.config.AuthConfigFactory;
import jakarta.security.auth.message.config.AuthConfigProvider;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.util.logging.Logger;

/**
 * Keeps the console's single sign-on off the API path. Jakarta Security registers its authentication module
 * for the whole application while the container starts it (before any listener runs); this listener then
 * registers the same provider again, wrapped in {@link ConsoleAuthScope}, under the same layer and
 * application context, which replaces the first registration.
 */
@WebListener
public class ConsoleAuthRegistration implements ServletContextListener {

    /** The Servlet Container Profile's message layer. */
    static final String LAYER = "HttpServlet";
    private static final Logger LOG = Logger.getLogger(ConsoleAuthRegistration.class.getName());

    @Override
    public void contextInitialized(ServletContextEvent event) {
        ServletContext context = event.getServletContext();
        AuthConfigFactory factory = AuthConfigFactory.getFactory();
        if (factory == null) {
            return;
        }
        // the profile's application context identifier: virtual host, a space, context path
        String appContext = context.getVirtualServerName() + " " + context.getContextPath();
        AuthConfigProvider registered = factory.getConfigProvider(LAYER, appContext, null);
        if (registered instanceof ConsoleAuthScope) {
            return;
        }
        if (registered == null) {
            LOG.warning(() -> "No authentication module is registered for " + appContext
                    + ": the console's single sign-on is not active");
            return;
        }
        factory.registerConfigProvider(new ConsoleAuthScope(registered), LAYER, appContext,
                "spgateway console sign-in, limited to the console's paths");
    }
}
