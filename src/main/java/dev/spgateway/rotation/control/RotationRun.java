package dev.spgateway.rotation.control;

import dev.spgateway.rotation.entity.JobLease;
import dev.spgateway.rotation.entity.RotationAlert;
import dev.spgateway.rotation.entity.StoreSecret;
import dev.spgateway.store.control.SecretState;
import dev.spgateway.store.entity.CredentialState;
import dev.spgateway.store.entity.SecretLifetime;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One pass of the rotation job over every store: record the alerts that are due. States are not written
 * here: they are derived from the stored dates wherever they are shown. Each store is its own transaction;
 * an alert another instance recorded first fails here on the unique key and is simply not ours to send.
 */
public final class RotationRun {

    private static final Logger LOG = Logger.getLogger(RotationRun.class.getName());

    /** Runs work in a transaction of its own and commits it. */
    public interface Transactions {
        <T> T inNewTransaction(Function<EntityManager, T> work);
    }

    private final Transactions transactions;
    private final RotationPolicy policy;
    private final List<String> channels;

    /** {@code channels}: the alert channels each recorded alert is to be delivered to (the outbox). */
    public RotationRun(Transactions transactions, RotationPolicy policy, List<String> channels) {
        this.transactions = transactions;
        this.policy = policy;
        this.channels = List.copyOf(channels);
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

    /** The alerts recorded by this pass, each with its pending deliveries in the outbox. */
    public List<CredentialExpiryAlert> run(Instant now) {
        List<String> storeIds = transactions.inNewTransaction(em ->
                em.createNamedQuery(StoreSecret.FIND_ALL_IDS, String.class).getResultList());
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
    public List<CredentialExpiryAlert> rejected(String clientId, java.util.function.Predicate<StoreSecret> sameSecret,
            String reason, Instant now) {
        List<String> storeIds = transactions.inNewTransaction(em -> em.createNamedQuery(StoreSecret.FIND_BY_CLIENT,
                        StoreSecret.class).setParameter("clientId", clientId).getResultStream()
                .filter(sameSecret).map(StoreSecret::id).toList());
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

    /** Alerts only: the state is derived from the dates wherever it is shown, so nothing is written here. */
    private Optional<CredentialExpiryAlert> assess(EntityManager em, String storeId, Instant now) {
        StoreSecret store = em.find(StoreSecret.class, storeId);
        if (store == null) {
            return Optional.empty();
        }
        SecretLifetime lifetime = store.secretLifetime();
        RotationPolicy.Assessment assessment = policy.assess(lifetime.expiresAt(), now);
        if (assessment.dueThreshold().isEmpty()) {
            return Optional.empty();
        }
        SecretState secret = SecretState.of(lifetime.expiresAt(), lifetime.refusal(), now, policy.warnWithin());
        return alertOnce(em, store, secret, assessment.dueThreshold().getAsInt(), now);
    }

    private Optional<CredentialExpiryAlert> reject(EntityManager em, String storeId, String reason, Instant now) {
        StoreSecret store = em.find(StoreSecret.class, storeId);
        if (store == null) {
            return Optional.empty();
        }
        Instant current = store.secretLifetime().expiresAt();
        Instant expiresAt = current.isAfter(now) ? now : current;
        em.createNamedQuery(StoreSecret.RECORD_REFUSAL)
                .setParameter("state", CredentialState.EXPIRED.name())
                .setParameter("reason", SecretLifetime.reasonColumn(reason))
                .setParameter("expiresAt", expiresAt)
                .setParameter("id", store.id())
                .executeUpdate();
        SecretState secret = SecretState.of(expiresAt, Optional.of(reason), now, policy.warnWithin());
        return alertOnce(em, store, secret, RotationPolicy.EXPIRED_THRESHOLD, now);
    }

    /**
     * At most one alert per threshold per secret; one at a more urgent threshold also covers this one. The
     * alert and its deliveries commit together.
     */
    private Optional<CredentialExpiryAlert> alertOnce(EntityManager em, StoreSecret store,
            SecretState secret, int threshold, Instant now) {
        boolean covered = em.createNamedQuery(RotationAlert.FIND_BY_STORE_AND_SECRET, RotationAlert.class)
                .setParameter("storeId", store.id())
                .setParameter("secretSetAt", store.secretLifetime().setAt())
                .getResultStream()
                .anyMatch(sent -> sent.thresholdDays() <= threshold);
        if (covered) {
            return Optional.empty();
        }
        RotationAlert alert = new RotationAlert(store.id(), store.secretLifetime().setAt(), threshold, secret.state(),
                secret.daysLeft(), secret.expiresAt(), secret.reason(), now);
        em.persist(alert);
        // the alert row first: the deliveries refer to it, and a race with another instance fails here
        em.flush();
        AlertOutbox.enqueue(em, alert, channels, now);
        return Optional.of(new CredentialExpiryAlert(alert.id(), store.id(), store.sellerId(),
                store.customLabel(), store.clientId(), secret.state(), secret.daysLeft(), threshold,
                secret.expiresAt(), secret.reason(), now));
    }
}
