package dev.spgateway.admin.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The console's session cookie is {@code Secure} unless {@code spgateway.console.secure-cookie} is false: a
 * browser then sends it only over TLS, also when TLS ends at a reverse proxy in front of the gateway (the
 * gateway itself cannot tell). Plain-HTTP development turns it off; the run command does.
 */
@WebListener
public class ConsoleSessionCookie implements ServletContextListener {

    private static final Logger LOG = Logger.getLogger(ConsoleSessionCookie.class.getName());

    @Inject
    @ConfigProperty(name = "spgateway.console.secure-cookie")
    boolean secure;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        event.getServletContext().getSessionCookieConfig().setSecure(secure);
        if (!secure) {
            LOG.warning("spgateway.console.secure-cookie is false: the console's session cookie also travels over "
                    + "plain HTTP. Use this for local development only.");
        }
    }
}
