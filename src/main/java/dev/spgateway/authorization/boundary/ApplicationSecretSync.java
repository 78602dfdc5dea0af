package dev.spgateway.authorization.boundary;

import dev.spgateway.api.control.ApiException;
import dev.spgateway.authorization.control.OAuthSettings;
import dev.spgateway.store.boundary.Stores;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Rotating the gateway's own client secret is one change of {@code spgateway.oauth.client-secret} and a restart:
 * at startup every store connected through the application, in every account, takes the configured secret, and
 * the 180-day tracking starts its new life. Amazon keeps the old secret usable for 7 days, so instances may be
 * restarted one after the other.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class ApplicationSecretSync {

    private static final Logger LOG = Logger.getLogger(ApplicationSecretSync.class.getName());

    @Inject
    OAuthSettings settings;

    @EJB
    Stores stores;

    @PostConstruct
    void sync() {
        settings.configured().ifPresent(app -> {
            try {
                int changed = stores.applicationSecretRotated(app.clientId(), app.clientSecret());
                if (changed > 0) {
                    LOG.info(() -> changed + " stores connected through " + app.clientId()
                            + " took the new spgateway.oauth.client-secret");
                }
            } catch (ApiException | IllegalStateException e) {
                // another instance changed a store meanwhile: it is rotating the same secret
                LOG.log(Level.WARNING, "the stores of " + app.clientId() + " were not all given the new client"
                        + " secret (" + e.getMessage() + "); the next start gives it to the rest");
            }
        });
    }
}
