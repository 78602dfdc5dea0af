package dev.spgateway.monitoring.boundary;

import dev.spgateway.secrets.boundary.SecretKeys;
import dev.spgateway.secrets.control.SealedKeyIds;
import dev.spgateway.secrets.control.SecretBinding;
import dev.spgateway.secrets.control.SecretKeyring;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready only while stored credentials can be sealed and opened: without the key no store works. An instance
 * given another key than the rest of its cluster (or none, so that it made its own) finds stored values
 * sealed with a key it lacks and stays out of the load balancer, naming that key's id.
 */
@Readiness
@ApplicationScoped
public class SecretKeyHealthCheck implements HealthCheck {

    private static final String NAME = "secrets-key";
    private static final String PROBE = "spgateway-health-probe";
    private static final SecretBinding NOWHERE = new SecretBinding("health", "probe", "probe");

    @EJB
    SecretKeys keys;

    @Inject
    Instance<SealedKeyIds> stored;

    @Override
    public HealthCheckResponse call() {
        try {
            SecretKeyring keyring = keys.keyring();
            boolean roundTrip = keyring != null && PROBE.equals(keyring.open(keyring.seal(PROBE, NOWHERE), NOWHERE));
            if (!roundTrip) {
                return HealthCheckResponse.named(NAME).down().build();
            }
            Optional<String> unknown = unknownKeyId(keyring.keyIds());
            return unknown.map(id -> HealthCheckResponse.named(NAME).down()
                            .withData("key-id", keyring.currentKeyId())
                            .withData("unknown-key-id", id)
                            .withData("reason", "stored secrets were sealed with key " + id + ", which this instance"
                                    + " lacks (its key is " + keyring.currentKeyId() + "): give it the cluster's"
                                    + " spgateway.secrets.key, or list that key in spgateway.secrets.previous-keys")
                            .build())
                    .orElseGet(() -> HealthCheckResponse.named(NAME).up()
                            .withData("key-id", keyring.currentKeyId()).build());
        } catch (RuntimeException e) {
            return HealthCheckResponse.named(NAME).down().withData("error", e.getClass().getSimpleName())
                    .build();
        }
    }

    private Optional<String> unknownKeyId(Set<String> known) {
        return stored.stream().map(place -> place.keyIdOutside(known)).flatMap(Optional::stream).findFirst();
    }
}
