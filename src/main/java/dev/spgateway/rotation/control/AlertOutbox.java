package dev.spgateway.rotation.control;

import dev.spgateway.rotation.entity.AlertDelivery;
import dev.spgateway.rotation.entity.RotationAlert;
import dev.spgateway.rotation.entity.StoreSecret;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The alerts' outbox. An alert is recorded with one pending delivery per channel in the same transaction, so
 * it cannot be lost between being recorded and being sent; each pass then hands every due delivery to its
 * channel outside any transaction. A failure is recorded on that delivery alone, which is tried again after
 * a pause that doubles with each failure up to a bound; the other deliveries go on.
 */
public final class AlertOutbox {

    /** How long a claimed attempt keeps others off: longer than any channel takes, short for a crashed instance. */
    static final Duration CLAIM_HOLD = Duration.ofMinutes(5);
    private static final int BATCH = 100;
    private static final Logger LOG = Logger.getLogger(AlertOutbox.class.getName());

    private final RotationRun.Transactions transactions;
    private final Map<String, AlertChannel> channels = new LinkedHashMap<>();
    private final Duration firstRetry;
    private final Duration maxRetry;
    private final Clock clock;

    public AlertOutbox(RotationRun.Transactions transactions, List<AlertChannel> channels, Duration firstRetry,
            Duration maxRetry, Clock clock) {
        if (firstRetry.isNegative() || firstRetry.isZero() || maxRetry.compareTo(firstRetry) < 0) {
            throw new IllegalArgumentException("retries wait a positive time, at most the maximum");
        }
        this.transactions = transactions;
        channels.forEach(channel -> this.channels.put(channel.name(), channel));
        this.firstRetry = firstRetry;
        this.maxRetry = maxRetry;
        this.clock = clock;
    }

    /** Within the transaction that records the alert: one pending delivery per channel. */
    public static void enqueue(EntityManager em, RotationAlert alert, Collection<String> channels, Instant now) {
        channels.forEach(channel -> em.persist(new AlertDelivery(alert.id(), channel, now)));
    }

    /** Hands every due delivery of this instance's channels to its channel; what this pass did. */
    public Pass deliverDue() {
        if (channels.isEmpty()) {
            return new Pass(0, 0);
        }
        List<AlertDelivery> due = transactions.inNewTransaction(em -> em.createNamedQuery(AlertDelivery.FIND_DUE,
                        AlertDelivery.class)
                .setParameter("now", clock.instant())
                .setParameter("channels", channels.keySet())
                .setMaxResults(BATCH)
                .getResultList());
        int delivered = 0;
        int failed = 0;
        for (AlertDelivery delivery : due) {
            Optional<Boolean> outcome = attempt(delivery);
            delivered += outcome.filter(Boolean::booleanValue).isPresent() ? 1 : 0;
            failed += outcome.filter(ok -> !ok).isPresent() ? 1 : 0;
        }
        return new Pass(delivered, failed);
    }

    /** True when delivered, false when it failed, empty when another pass had claimed it. */
    private Optional<Boolean> attempt(AlertDelivery due) {
        if (!claim(due)) {
            return Optional.empty();
        }
        Optional<CredentialExpiryAlert> alert = transactions.inNewTransaction(em -> load(em, due.alertId()));
        if (alert.isEmpty()) {
            return Optional.empty();
        }
        AlertChannel channel = channels.get(due.channel());
        try {
            channel.deliver(alert.get());
        } catch (RuntimeException e) {
            int attempts = due.attempts() + 1;
            Instant retryAt = clock.instant().plus(retryAfter(attempts));
            String error = e.getClass().getSimpleName() + ": " + e.getMessage();
            record(due, d -> d.failed(error, retryAt));
            LOG.log(Level.FINE, "Delivery failure of alert " + due.alertId(), e);
            LOG.warning(() -> "Rotation alert " + due.alertId() + " for " + alert.get().storeName() + " was not"
                    + " delivered by " + due.channel() + " (attempt " + attempts + "), next attempt at " + retryAt
                    + ": " + error);
            return Optional.of(false);
        }
        Instant now = clock.instant();
        record(due, d -> d.delivered(now));
        return Optional.of(true);
    }

    /** Raising the attempt count from the value read is the claim; another instance's raise makes this one fail. */
    private boolean claim(AlertDelivery due) {
        return transactions.inNewTransaction(em -> em.createNamedQuery(AlertDelivery.CLAIM)
                .setParameter("heldUntil", clock.instant().plus(CLAIM_HOLD))
                .setParameter("id", due.id())
                .setParameter("attempts", due.attempts())
                .executeUpdate() == 1);
    }

    private void record(AlertDelivery due, java.util.function.Consumer<AlertDelivery> outcome) {
        transactions.inNewTransaction(em -> {
            AlertDelivery delivery = em.find(AlertDelivery.class, due.id());
            if (delivery != null) {
                outcome.accept(delivery);
            }
            return null;
        });
    }

    /** The pause after the given number of failed attempts: doubling from the first, never beyond the maximum. */
    Duration retryAfter(int failedAttempts) {
        Duration pause = firstRetry;
        for (int i = 1; i < failedAttempts && pause.compareTo(maxRetry) < 0; i++) {
            pause = pause.multipliedBy(2);
        }
        return pause.compareTo(maxRetry) < 0 ? pause : maxRetry;
    }

    /** The alert as its channels get it; empty once its store (and with it the alert) was deleted. */
    private static Optional<CredentialExpiryAlert> load(EntityManager em, String alertId) {
        RotationAlert alert = em.find(RotationAlert.class, alertId);
        StoreSecret store = alert == null ? null : em.find(StoreSecret.class, alert.storeId());
        if (store == null) {
            return Optional.empty();
        }
        return Optional.of(new CredentialExpiryAlert(alert.id(), store.id(), store.sellerId(),
                store.customLabel(), store.clientId(), alert.state(), alert.daysLeft(), alert.thresholdDays(),
                alert.expiresAt(), alert.reason(), alert.createdAt()));
    }

    /** Deliveries made and failed by one pass. */
    public record Pass(int delivered, int failed) {
    }
}
