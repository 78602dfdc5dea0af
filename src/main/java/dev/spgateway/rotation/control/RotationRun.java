package dev.spgateway.rotation.control;

import dev.spgateway.rotation.entity.JobLease;
import dev.spgateway.rotation.entity.RotationAlert;
import dev.spgateway.store.entity.CredentialState;
import dev.spgateway.store.entity.StoreConnection;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One pass of the rotation job over every store: bring each store's credential state up to date and record
 * the alerts that are due. Each store is its own transaction; an alert another instance recorded first
 * fails here on the unique key and is simply not ours to send.
 */
public final class RotationRun {

    private static final Logger LOG = Logger.getLogger(RotationRun.class.getName());
    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);

    /** Runs work in a transaction of its own and commits it. */
    public interface Transactions {
        <T> T inNewTransaction(Function<EntityManager, T> work);
    }

    private final Transactions transactions;
    private final RotationPolicy policy;

    public RotationRun(Transactions transactions, RotationPolicy policy) {
        this.transactions = transactions;
        this.policy = policy;
    }

    /** True when this holder may run the job now; the lease keeps other instances off until it ends. */
    public boolean acquireLease(String holder, Instant now, Duration length) {
        return transactions.inNewTransaction(em -> em.createNamedQuery(JobLease.ACQUIRE)
                .setParameter("holder", holder)
                .setParameter("until", now.plus(length))
                .setParameter("name", JobLease.CREDENTIAL_ROTATION)
                .setParameter("now", now)
                .executeUpdate() == 1);
    }

    /** Ends this holder's lease early, so that an instance started after it need not wait out the lease. */
    public void releaseLease(String holder, Instant now) {
        transactions.inNewTransaction(em -> em.createNamedQuery(JobLease.RELEASE)
                .setParameter("now", now)
                .setParameter("name", JobLease.CREDENTIAL_ROTATION)
                .setParameter("holder", holder)
                .executeUpdate());
    }

    /** The alerts recorded by this pass, to be sent once their transactions have committed. */
    public List<CredentialExpiryAlert> run(Instant now) {
        List<String> storeIds = transactions.inNewTransaction(em ->
                em.createNamedQuery(StoreConnection.FIND_ALL_IDS, String.class).getResultList());
        List<CredentialExpiryAlert> alerts = new ArrayList<>();
        for (String storeId : storeIds) {
            try {
                transactions.inNewTransaction(em -> assess(em, storeId, now)).ifPresent(alerts::add);
            } catch (PersistenceException alreadyRecorded) {
                LOG.log(Level.FINE, "alert for store {0} recorded elsewhere first", storeId);
            }
        }
        return alerts;
    }

    /**
     * Marks the stores that use this client id and secret EXPIRED at once, with Amazon's refusal as the
     * reason, and records the expiry alert for each.
     */
    public List<CredentialExpiryAlert> rejected(String clientId, java.util.function.Predicate<StoreConnection> sameSecret,
            String reason, Instant now) {
        List<String> storeIds = transactions.inNewTransaction(em -> em.createNamedQuery(StoreConnection.FIND_BY_CLIENT,
                        StoreConnection.class).setParameter("clientId", clientId).getResultStream()
                .filter(sameSecret).map(StoreConnection::id).toList());
        List<CredentialExpiryAlert> alerts = new ArrayList<>();
        for (String storeId : storeIds) {
            try {
                transactions.inNewTransaction(em -> reject(em, storeId, reason, now)).ifPresent(alerts::add);
            } catch (PersistenceException alreadyRecorded) {
                LOG.log(Level.FINE, "expiry of store {0} recorded elsewhere first", storeId);
            }
        }
        return alerts;
    }

    private Optional<CredentialExpiryAlert> assess(EntityManager em, String storeId, Instant now) {
        StoreConnection store = em.find(StoreConnection.class, storeId);
        if (store == null) {
            return Optional.empty();
        }
        RotationPolicy.Assessment assessment = policy.assess(store.clientSecretExpiresAt(), now);
        String reason = reason(store, assessment);
        record(em, store, assessment.state(), reason, store.clientSecretExpiresAt());
        if (assessment.dueThreshold().isEmpty()) {
            return Optional.empty();
        }
        return alertOnce(em, store, assessment.state(), assessment.daysLeft(),
                assessment.dueThreshold().getAsInt(), store.clientSecretExpiresAt(), reason, now);
    }

    private Optional<CredentialExpiryAlert> reject(EntityManager em, String storeId, String reason, Instant now) {
        StoreConnection store = em.find(StoreConnection.class, storeId);
        if (store == null) {
            return Optional.empty();
        }
        Instant expiresAt = store.clientSecretExpiresAt().isAfter(now) ? now : store.clientSecretExpiresAt();
        record(em, store, CredentialState.EXPIRED, reason, expiresAt);
        long daysLeft = policy.assess(expiresAt, now).daysLeft();
        return alertOnce(em, store, CredentialState.EXPIRED, daysLeft, RotationPolicy.EXPIRED_THRESHOLD, expiresAt,
                reason, now);
    }

    private static void record(EntityManager em, StoreConnection store, CredentialState state, String reason,
            Instant expiresAt) {
        boolean unchanged = store.credentialState() == state
                && Objects.equals(store.rotationReason().orElse(null), reason)
                && store.clientSecretExpiresAt().equals(expiresAt);
        if (!unchanged) {
            em.createNamedQuery(StoreConnection.RECORD_CREDENTIAL_STATE)
                    .setParameter("state", state.name())
                    .setParameter("reason", StoreConnection.errorColumn(reason))
                    .setParameter("expiresAt", expiresAt)
                    .setParameter("id", store.id())
                    .executeUpdate();
        }
    }

    /** At most one alert per threshold per secret; one at a more urgent threshold also covers this one. */
    private static Optional<CredentialExpiryAlert> alertOnce(EntityManager em, StoreConnection store,
            CredentialState state, long daysLeft, int threshold, Instant expiresAt, String reason, Instant now) {
        boolean covered = em.createNamedQuery(RotationAlert.FIND_BY_STORE_AND_SECRET, RotationAlert.class)
                .setParameter("storeId", store.id())
                .setParameter("secretSetAt", store.clientSecretSetAt())
                .getResultStream()
                .anyMatch(sent -> sent.thresholdDays() <= threshold);
        if (covered) {
            return Optional.empty();
        }
        RotationAlert alert = new RotationAlert(store.id(), store.clientSecretSetAt(), threshold, state, daysLeft,
                expiresAt, reason, now);
        em.persist(alert);
        em.flush();
        return Optional.of(new CredentialExpiryAlert(alert.id(), store.id(), store.sellerId(),
                store.customLabel(), store.clientId(), state, daysLeft, threshold, expiresAt, reason, now));
    }

    private static String reason(StoreConnection store, RotationPolicy.Assessment assessment) {
        String day = DAY.format(store.clientSecretExpiresAt());
        return switch (assessment.state()) {
            case OK -> null;
            case EXPIRING -> "The LWA client secret expires on " + day + " (" + assessment.daysLeft()
                    + " days left): rotate it in Developer Central and send the new one with account.config.update";
            case EXPIRED -> store.credentialState() == CredentialState.EXPIRED && store.rotationReason().isPresent()
                    ? store.rotationReason().get()
                    : "The LWA client secret expired on " + day
                            + ": rotate it in Developer Central and send the new one with account.config.update";
        };
    }
}
