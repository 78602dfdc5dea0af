package dev.spgateway.account.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Gives a fresh installation its first API key: when {@code spgateway.bootstrap.api-key} is set, an account
 * with that key exists once the application is up. Several instances starting together may race; the unique
 * key hash makes the loser fail harmlessly, and it then finds the winner's account.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class BootstrapAccount {

    private static final Logger LOG = Logger.getLogger(BootstrapAccount.class.getName());
    static final String ACCOUNT_NAME = "bootstrap";

    @Inject
    @ConfigProperty(name = "spgateway.bootstrap.api-key")
    Optional<String> bootstrapKey;

    @EJB
    Accounts accounts;

    @PostConstruct
    void ensureBootstrapAccount() {
        bootstrapKey.filter(key -> !key.isBlank()).ifPresent(key -> {
            try {
                if (accounts.ensureAccountWithKey(ACCOUNT_NAME, key)) {
                    LOG.info("Created the bootstrap API account for spgateway.bootstrap.api-key");
                }
            } catch (RuntimeException e) {
                if (accounts.ensureAccountWithKey(ACCOUNT_NAME, key)) {
                    throw e;
                }
            }
        });
    }
}
