package dev.spgateway.store.entity;

import dev.spgateway.amazon.control.SellingRegion;
import dev.spgateway.amazon.control.SpApiCredentials;
import dev.spgateway.secrets.entity.Secret;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An Amazon seller connected by an API account: its credentials ({@link StoredCredentials}, secrets sealed),
 * its client secret's life ({@link SecretLifetime}) and what the last live check found ({@link Verification}).
 * Credential rotation reads and marks the secret's life through a view of its own.
 */
@Entity
@Table(name = "store_connection")
@NamedQuery(name = StoreConnection.FIND_BY_STORE_KEY,
        query = "SELECT s FROM StoreConnection s WHERE s.storeKey = :storeKey")
@NamedQuery(name = StoreConnection.FIND_BY_ACCOUNT,
        query = "SELECT s FROM StoreConnection s WHERE s.accountId = :accountId ORDER BY s.createdAt")
@NamedQuery(name = StoreConnection.FIND_BY_ACCOUNT_AND_SELLER,
        query = "SELECT s FROM StoreConnection s WHERE s.accountId = :accountId"
                + " AND s.credentials.sellerId = :sellerId AND s.credentials.awsRegion = :awsRegion")
@NamedQuery(name = StoreConnection.FIND_BY_ACCOUNT_AND_CLIENT,
        query = "SELECT s FROM StoreConnection s WHERE s.accountId = :accountId"
                + " AND s.credentials.clientId = :clientId")
@NamedQuery(name = StoreConnection.FIND_BY_CLIENT,
        query = "SELECT s FROM StoreConnection s WHERE s.credentials.clientId = :clientId")
@NamedQuery(name = StoreConnection.FIND_REFERENCE_BY_STORE_KEY,
        query = "SELECT s.id, s.accountId, s.verification.marketplaceIds FROM StoreConnection s"
                + " WHERE s.storeKey = :storeKey")
@NamedQuery(name = StoreConnection.RECORD_VERIFIED,
        query = "UPDATE StoreConnection s SET s.verification.marketplaceIds = :marketplaceIds,"
                + " s.verification.lastVerifiedAt = :now, s.verification.lastError = NULL, s.updatedAt = :now"
                + " WHERE s.id = :id")
@NamedQuery(name = StoreConnection.RECORD_FAILED,
        query = "UPDATE StoreConnection s SET s.verification.lastError = :error, s.updatedAt = :now"
                + " WHERE s.id = :id")
@NamedQuery(name = StoreConnection.FIND_SUMMARIES,
        query = "SELECT NEW dev.spgateway.store.control.StoreSummary(s.id, s.accountId, s.credentials.sellerId,"
                + " s.customLabel, s.credentials.awsRegion, s.credentials.environment, s.verification.marketplaceIds,"
                + " s.secretLifetime.setAt, s.verification.lastVerifiedAt, s.verification.lastError, s.createdAt,"
                + " s.secretLifetime.expiresAt, s.secretLifetime.state, s.secretLifetime.reason)"
                + " FROM StoreConnection s ORDER BY s.createdAt")
public class StoreConnection {

    /**
     * The outcome of a live check is status, not a change of the store: concurrent checks write it last
     * writer wins, without the version check that guards credential changes.
     */
    public static final String RECORD_VERIFIED = "StoreConnection.recordVerified";
    public static final String RECORD_FAILED = "StoreConnection.recordFailed";

    public static final String FIND_BY_STORE_KEY = "StoreConnection.findByStoreKey";
    public static final String FIND_BY_ACCOUNT = "StoreConnection.findByAccount";
    public static final String FIND_BY_ACCOUNT_AND_SELLER = "StoreConnection.findByAccountAndSeller";
    /** Every store's columns but the sealed credentials, oldest first, as {@code StoreSummary} records. */
    public static final String FIND_SUMMARIES = "StoreConnection.findSummaries";
    /** The hot path of product calls: which store, without loading (and decrypting) its credentials. */
    public static final String FIND_REFERENCE_BY_STORE_KEY = "StoreConnection.findReferenceByStoreKey";
    public static final String FIND_BY_ACCOUNT_AND_CLIENT = "StoreConnection.findByAccountAndClient";
    /** Every account's stores of one application: those connected through the gateway's own one. */
    public static final String FIND_BY_CLIENT = "StoreConnection.findByClient";

    @Id
    @Column(length = 36)
    private String id;

    @Version
    private long version;

    @Column(name = "account_id", nullable = false, length = 36)
    private String accountId;

    @Column(name = "store_key", nullable = false, unique = true, length = 64)
    private String storeKey;

    @Embedded
    private StoredCredentials credentials;

    @Column(name = "custom_label", length = StoreLabel.MAX_LENGTH)
    private String customLabel;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Embedded
    private SecretLifetime secretLifetime;

    @Embedded
    private Verification verification;

    protected StoreConnection() {
        // JPA
    }

    public StoreConnection(String accountId, String storeKey, SpApiCredentials credentials,
            List<String> marketplaceIds, String customLabel, Instant now, Instant secretExpiresAt) {
        if (accountId == null || accountId.isBlank()) {
            throw new IllegalArgumentException("a store belongs to an account");
        }
        if (storeKey == null || storeKey.length() < 32) {
            throw new IllegalArgumentException("a store key has at least 32 characters");
        }
        if (now == null) {
            throw new IllegalArgumentException("creation time is required");
        }
        this.id = UUID.randomUUID().toString();
        this.accountId = accountId;
        this.storeKey = storeKey;
        this.customLabel = StoreLabel.checked(customLabel);
        this.createdAt = now;
        apply(credentials, now);
        this.secretLifetime = SecretLifetime.startingAt(now, secretExpiresAt);
        this.verification = Verification.initial(marketplaceIds, now);
    }

    /**
     * Replaces the credentials. A new client secret starts a new life: set now, expiring at
     * {@code secretExpiresAt}, state OK. The same secret keeps its clock.
     */
    public void replaceCredentials(SpApiCredentials credentials, Instant now, Instant secretExpiresAt) {
        if (!credentials.sellerId().equals(sellerId())) {
            throw new IllegalArgumentException("a store keeps its seller");
        }
        boolean changedSecret = !hasSecret(credentials.clientSecret());
        apply(credentials, now);
        if (changedSecret) {
            this.secretLifetime = SecretLifetime.startingAt(now, secretExpiresAt);
        }
    }

    /** A new label, or none for {@code null}. */
    public void relabel(String label, Instant now) {
        this.customLabel = StoreLabel.checked(label);
        this.updatedAt = now;
    }

    /** The date Amazon gave for this secret's expiry (its developer console, or its notification). */
    public void secretExpiresAt(Instant expiresAt) {
        this.secretLifetime = secretLifetime.expiringAt(expiresAt);
    }

    public boolean hasSecret(Secret secret) {
        return credentials.hasSecret(secret, id);
    }

    /** Records a successful live check and the marketplaces Amazon reported. */
    public void verified(List<String> marketplaces, Instant now) {
        this.verification = Verification.verified(marketplaces, now);
        this.updatedAt = now;
    }

    /** The credentials, their secrets opened; fails when a sealed value was moved here from elsewhere. */
    public SpApiCredentials credentials() {
        return credentials.open(id).ownedBy(accountId);
    }

    private void apply(SpApiCredentials replacement, Instant now) {
        this.credentials = StoredCredentials.sealed(replacement, id);
        this.updatedAt = now;
    }

    public SellingRegion region() {
        return credentials.region();
    }

    public boolean belongsTo(String account) {
        return accountId.equals(account);
    }

    public String id() {
        return id;
    }

    /** The version a credential change was based on; another change since then has raised it. */
    public long version() {
        return version;
    }

    public String accountId() {
        return accountId;
    }

    public String storeKey() {
        return storeKey;
    }

    public String sellerId() {
        return credentials.sellerId();
    }

    public String customLabel() {
        return customLabel;
    }

    public Instant createdAt() {
        return createdAt;
    }

    /** The current client secret's life. */
    public SecretLifetime secretLifetime() {
        return secretLifetime;
    }

    public String clientId() {
        return credentials.clientId();
    }

    /** What the last live check found. */
    public Verification verification() {
        return verification;
    }
}
