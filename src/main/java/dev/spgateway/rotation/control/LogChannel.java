package dev.spgateway.rotation.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.logging.Logger;

/** Every alert as one WARN line that names the store and never a secret. */
@ApplicationScoped
public class LogChannel implements AlertChannel {

    public static final String NAME = "log";
    private static final Logger LOG = Logger.getLogger(LogChannel.class.getName());

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void deliver(CredentialExpiryAlert alert) {
        LOG.warning(() -> "Client secret " + alert.state() + " for " + alert.storeName() + ", client "
                + alert.clientId() + ": expires " + alert.expiresAt() + " (" + alert.daysLeft() + " days left). "
                + (alert.reason() == null ? "" : alert.reason()));
    }
}
