package dev.spgateway.rotation.entity;

import dev.spgateway.store.entity.CredentialState;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * An alert about a store's client secret. There is at most one per threshold per secret (the secret is
 * named by when it was set), which is what keeps later runs, restarts and other instances from repeating it.
 */
@Entity
@Table(name = "rotation_alert")
@NamedQuery(name = RotationAlert.FIND_RECENT,
        query = "SELECT a FROM RotationAlert a ORDER BY a.createdAt DESC")
@NamedQuery(name = RotationAlert.FIND_BY_STORE_AND_SECRET,
        query = "SELECT a FROM RotationAlert a WHERE a.storeId = :storeId AND a.clientSecretSetAt = :secretSetAt")
public class RotationAlert {

    public static final String FIND_RECENT = "RotationAlert.findRecent";
    public static final String FIND_BY_STORE_AND_SECRET = "RotationAlert.findByStoreAndSecret";

    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "store_id", nullable = false, length = 36)
    private String storeId;

    @Column(name = "client_secret_set_at", nullable = false)
    private Instant clientSecretSetAt;

    @Column(name = "threshold_days", nullable = false)
    private int thresholdDays;

    @Column(nullable = false, length = 16)
    private String state;

    @Column(name = "days_left", nullable = false)
    private int daysLeft;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(length = 1000)
    private String reason;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected RotationAlert() {
        // JPA
    }

    public RotationAlert(String storeId, Instant clientSecretSetAt, int thresholdDays, CredentialState state,
            long daysLeft, Instant expiresAt, String reason, Instant createdAt) {
        if (storeId == null || clientSecretSetAt == null || state == null || expiresAt == null || createdAt == null) {
            throw new IllegalArgumentException("an alert names its store, secret, state, expiry and time");
        }
        if (thresholdDays < 0) {
            throw new IllegalArgumentException("a threshold is 0 (expired) or more days");
        }
        this.id = UUID.randomUUID().toString();
        this.storeId = storeId;
        this.clientSecretSetAt = clientSecretSetAt;
        this.thresholdDays = thresholdDays;
        this.state = state.name();
        this.daysLeft = (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, daysLeft));
        this.expiresAt = expiresAt;
        this.reason = reason == null ? null : reason.substring(0, Math.min(reason.length(), 1000));
        this.createdAt = createdAt;
    }

    public String id() {
        return id;
    }

    public String storeId() {
        return storeId;
    }

    public int thresholdDays() {
        return thresholdDays;
    }

    public CredentialState state() {
        return CredentialState.valueOf(state);
    }

    public int daysLeft() {
        return daysLeft;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public String reason() {
        return reason;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
