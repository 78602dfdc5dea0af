package dev.spgateway.monitoring.boundary;

import dev.spgateway.secrets.boundary.SecretKeys;
import dev.spgateway.secrets.control.SecretBinding;
import dev.spgateway.secrets.control.SecretKeyring;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only while stored credentials can be sealed and opened: without the key no store works. */
@Readiness
@ApplicationScoped
public class SecretKeyHealthCheck implements HealthCheck {

    private static final String PROBE = "spgateway-health-probe";
    private static final SecretBinding NOWHERE = new SecretBinding("health", "probe", "probe");

    @EJB
    SecretKeys keys;

    @Override
    public HealthCheckResponse call() {
        try {
            SecretKeyring keyring = keys.keyring();
            boolean roundTrip = keyring != null && PROBE.equals(keyring.open(keyring.seal(PROBE, NOWHERE), NOWHERE));
            return HealthCheckResponse.named("secrets-key").status(roundTrip).build();
        } catch (RuntimeException e) {
            return HealthCheckResponse.named("secrets-key").down().withData("error", e.getClass().getSimpleName())
                    .build();
        }
    }
}
