package dev.spgateway.rotation.entity;

import dev.spgateway.secrets.entity.Secret;
import dev.spgateway.store.entity.SecretLifetime;
import dev.spgateway.store.entity.StoredCredentials;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A store as credential rotation sees it: whose client secret it holds and where that secret stands in its
 * life. A view of the store's row, which the store feature creates and changes; rotation only reads it and
 * marks a secret Amazon refused.
 */
@Entity
@Table(name = "store_connection")
@NamedQuery(name = StoreSecret.FIND_ALL_IDS, query = "SELECT s.id FROM StoreSecret s ORDER BY s.createdAt")
@NamedQuery(name = StoreSecret.FIND_BY_CLIENT,
        query = "SELECT s FROM StoreSecret s WHERE s.credentials.clientId = :clientId")
@NamedQuery(name = StoreSecret.COUNT_ALL, query = "SELECT COUNT(s) FROM StoreSecret s")
@NamedQuery(name = StoreSecret.COUNT_EXPIRING_BY,
        query = "SELECT COUNT(s) FROM StoreSecret s WHERE s.secretLifetime.expiresAt <= :until")
@NamedQuery(name = StoreSecret.RECORD_REFUSAL,
        query = "UPDATE StoreSecret s SET s.secretLifetime.state = :state, s.secretLifetime.reason = :reason,"
                + " s.secretLifetime.expiresAt = :expiresAt WHERE s.id = :id")
public class StoreSecret {

    public static final String FIND_ALL_IDS = "StoreSecret.findAllIds";
    public static final String FIND_BY_CLIENT = "StoreSecret.findByClient";
    public static final String COUNT_ALL = "StoreSecret.countAll";
    /** Stores whose client secret expires by {@code :until}: with now, the expired ones. */
    public static final String COUNT_EXPIRING_BY = "StoreSecret.countExpiringBy";
    /**
     * Amazon's refusal of a secret is status, not a change of the store: recorded without the version check
     * that guards credential changes.
     */
    public static final String RECORD_REFUSAL = "StoreSecret.recordRefusal";

    @Id
    private String id;

    @Column(name = "custom_label")
    private String customLabel;

    @Column(name = "created_at")
    private Instant createdAt;

    @Embedded
    private StoredCredentials credentials;

    @Embedded
    private SecretLifetime secretLifetime;

    protected StoreSecret() {
        // JPA; rows are made by the store feature
    }

    public boolean hasSecret(Secret secret) {
        return credentials.hasSecret(secret, id);
    }

    public String id() {
        return id;
    }

    public String sellerId() {
        return credentials.sellerId();
    }

    public String customLabel() {
        return customLabel;
    }

    public String clientId() {
        return credentials.clientId();
    }

    public SecretLifetime secretLifetime() {
        return secretLifetime;
    }
}
