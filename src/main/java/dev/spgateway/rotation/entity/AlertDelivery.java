package dev.spgateway.rotation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * One alert on its way through one channel: pending until the channel took it, each failed attempt pushing
 * the next one further out. An attempt is claimed by raising the attempt count in one conditional statement,
 * so among instances sharing the database exactly one makes it.
 */
@Entity
@Table(name = "alert_delivery")
@NamedQuery(name = AlertDelivery.FIND_DUE,
        query = "SELECT d FROM AlertDelivery d WHERE d.state = 'PENDING' AND d.nextAttemptAt <= :now"
                + " AND d.channel IN :channels ORDER BY d.nextAttemptAt, d.createdAt")
@NamedQuery(name = AlertDelivery.CLAIM,
        query = "UPDATE AlertDelivery d SET d.attempts = d.attempts + 1, d.nextAttemptAt = :heldUntil"
                + " WHERE d.id = :id AND d.state = 'PENDING' AND d.attempts = :attempts")
@NamedQuery(name = AlertDelivery.FIND_BY_ALERT,
        query = "SELECT d FROM AlertDelivery d WHERE d.alertId = :alertId ORDER BY d.channel")
@NamedQuery(name = AlertDelivery.FIND_BY_ALERTS,
        query = "SELECT d FROM AlertDelivery d WHERE d.alertId IN :alertIds ORDER BY d.channel")
@NamedQuery(name = AlertDelivery.COUNT_PENDING,
        query = "SELECT COUNT(d) FROM AlertDelivery d WHERE d.state = 'PENDING'")
public class AlertDelivery {

    public static final String FIND_DUE = "AlertDelivery.findDue";
    public static final String CLAIM = "AlertDelivery.claim";
    public static final String FIND_BY_ALERT = "AlertDelivery.findByAlert";
    public static final String FIND_BY_ALERTS = "AlertDelivery.findByAlerts";
    public static final String COUNT_PENDING = "AlertDelivery.countPending";

    /** Where a delivery stands. */
    public enum State {
        PENDING, DELIVERED
    }

    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "alert_id", nullable = false, length = 36)
    private String alertId;

    @Column(nullable = false, length = 32)
    private String channel;

    @Column(nullable = false, length = 16)
    private String state;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "last_error", length = 1000)
    private String lastError;

    @Column(name = "delivered_at")
    private Instant deliveredAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected AlertDelivery() {
        // JPA
    }

    /** Due at once. */
    public AlertDelivery(String alertId, String channel, Instant now) {
        if (alertId == null || channel == null || channel.isBlank() || channel.length() > 32 || now == null) {
            throw new IllegalArgumentException("a delivery names its alert, a channel of 1 to 32 characters and when");
        }
        this.id = UUID.randomUUID().toString();
        this.alertId = alertId;
        this.channel = channel;
        this.state = State.PENDING.name();
        this.nextAttemptAt = now;
        this.createdAt = now;
    }

    public void delivered(Instant now) {
        state = State.DELIVERED.name();
        deliveredAt = now;
        lastError = null;
    }

    /** The attempt failed: try again at {@code retryAt}. */
    public void failed(String error, Instant retryAt) {
        if (state.equals(State.DELIVERED.name())) {
            throw new IllegalStateException("a delivered alert does not fail afterwards");
        }
        lastError = error == null ? "unknown failure" : error.substring(0, Math.min(error.length(), 1000));
        nextAttemptAt = retryAt;
    }

    public String id() {
        return id;
    }

    public String alertId() {
        return alertId;
    }

    public String channel() {
        return channel;
    }

    public State state() {
        return State.valueOf(state);
    }

    public int attempts() {
        return attempts;
    }

    public Instant nextAttemptAt() {
        return nextAttemptAt;
    }

    public Optional<String> lastError() {
        return Optional.ofNullable(lastError);
    }

    public Optional<Instant> deliveredAt() {
        return Optional.ofNullable(deliveredAt);
    }
}
