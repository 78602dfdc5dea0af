package dev.spgateway.rotation.boundary;

import dev.spgateway.amazon.control.ClientSecretRejected;
import dev.spgateway.rotation.control.CredentialExpiryAlert;
import dev.spgateway.rotation.control.RotationPolicy;
import dev.spgateway.rotation.control.RotationRun;
import dev.spgateway.store.control.SecretStates;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The client-secret lifetime job: records the alerts that are due, once per tick across all instances that
 * share the database (a lease in the database decides which instance runs), and at once when Amazon refuses
 * a secret. Recorded alerts go out through the outbox, delivered right after, off this thread.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class CredentialRotation {

    /** Names this server instance in the lease table. */
    static final String INSTANCE = UUID.randomUUID().toString();

    @EJB
    RotationTransactions transactions;

    @EJB
    AlertDeliveries deliveries;

    @Inject
    @ConfigProperty(name = "spgateway.rotation.warn-days")
    String warnDays;

    @Inject
    @ConfigProperty(name = "spgateway.rotation.lease")
    Duration lease;

    Clock clock = Clock.systemUTC();

    /** One pass; the alerts it recorded, or empty when another instance holds this tick. */
    public RunResult check() {
        Instant now = clock.instant();
        RotationRun run = run();
        if (!run.acquireLease(INSTANCE, now, lease)) {
            return new RunResult(false, List.of(), now);
        }
        List<CredentialExpiryAlert> recorded = run.run(now);
        if (!recorded.isEmpty()) {
            deliveries.deliverSoon();
        }
        return new RunResult(true, recorded, now);
    }

    /** Called as the application stops: another instance, or this one restarted, may run at once. */
    public void releaseLease() {
        run().releaseLease(INSTANCE, clock.instant());
    }

    /** LWA refused a client id and secret during some call: the stores holding that pair expire now. */
    public void secretRejected(@Observes ClientSecretRejected rejection) {
        String reason = "Login with Amazon refused the client secret (invalid_client) at " + rejection.at()
                + ": it was rotated, revoked or has expired. Send the current one with account.config.update";
        List<CredentialExpiryAlert> recorded = run().rejected(rejection.clientId(),
                store -> store.hasSecret(rejection.clientSecret()), reason, clock.instant());
        if (!recorded.isEmpty()) {
            deliveries.deliverSoon();
        }
    }

    RotationPolicy policy() {
        return new RotationPolicy(SecretStates.thresholds(warnDays));
    }

    private RotationRun run() {
        return new RotationRun(transactions, policy(), deliveries.channelNames());
    }

    /** What a pass did: the alerts it recorded for delivery. */
    public record RunResult(boolean ran, List<CredentialExpiryAlert> alerts, Instant at) {
    }
}
