package dev.spgateway.rotation.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.logging.Logger;

/** Every alert as one WARN line that names the store and never a secret. */
@ApplicationScoped
public class AlertLog {

    private static final Logger LOG = Logger.getLogger(AlertLog.class.getName());

    void log(@Observes CredentialExpiryAlert alert) {
        LOG.warning(() -> "Client secret " + alert.state() + " for " + alert.storeName() + ", client "
                + alert.clientId() + ": expires " + alert.expiresAt() + " (" + alert.daysLeft() + " days left). "
                + (alert.reason() == null ? "" : alert.reason()));
    }
}
