package dev.spgateway.store.entity;

import dev.spgateway.amazon.control.IamCredentials;
import dev.spgateway.amazon.control.SellingRegion;
import dev.spgateway.amazon.control.SpApiCredentials;
import dev.spgateway.amazon.control.SpApiEnvironment;
import dev.spgateway.secrets.entity.SealedColumn;
import dev.spgateway.secrets.entity.Secret;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * An Amazon seller connected by an API account: its credentials (secrets encrypted at rest, each sealed for
 * its own column of its own row), the marketplaces Amazon reported for it, and the state of the connection.
 */
@Entity
@Table(name = "store_connection")
@NamedQuery(name = StoreConnection.FIND_BY_STORE_KEY,
        query = "SELECT s FROM StoreConnection s WHERE s.storeKey = :storeKey")
@NamedQuery(name = StoreConnection.FIND_BY_ACCOUNT,
        query = "SELECT s FROM StoreConnection s WHERE s.accountId = :accountId ORDER BY s.createdAt")
@NamedQuery(name = StoreConnection.FIND_BY_ACCOUNT_AND_SELLER,
        query = "SELECT s FROM StoreConnection s WHERE s.accountId = :accountId AND s.sellerId = :sellerId"
                + " AND s.awsRegion = :awsRegion")
@NamedQuery(name = StoreConnection.FIND_BY_ACCOUNT_AND_CLIENT,
        query = "SELECT s FROM StoreConnection s WHERE s.accountId = :accountId AND s.clientId = :clientId")
@NamedQuery(name = StoreConnection.FIND_BY_CLIENT,
        query = "SELECT s FROM StoreConnection s WHERE s.clientId = :clientId")
@NamedQuery(name = StoreConnection.FIND_REFERENCE_BY_STORE_KEY,
        query = "SELECT s.id, s.accountId, s.marketplaceIds FROM StoreConnection s WHERE s.storeKey = :storeKey")
@NamedQuery(name = StoreConnection.FIND_ALL_IDS,
        query = "SELECT s.id FROM StoreConnection s ORDER BY s.createdAt")
@NamedQuery(name = StoreConnection.COUNT_ALL, query = "SELECT COUNT(s) FROM StoreConnection s")
@NamedQuery(name = StoreConnection.COUNT_EXPIRING_BY,
        query = "SELECT COUNT(s) FROM StoreConnection s WHERE s.clientSecretExpiresAt <= :until")
@NamedQuery(name = StoreConnection.RECORD_CREDENTIAL_STATE,
        query = "UPDATE StoreConnection s SET s.rotationState = :state, s.rotationReason = :reason,"
                + " s.clientSecretExpiresAt = :expiresAt WHERE s.id = :id")
@NamedQuery(name = StoreConnection.RECORD_VERIFIED,
        query = "UPDATE StoreConnection s SET s.marketplaceIds = :marketplaceIds, s.lastVerifiedAt = :now,"
                + " s.lastError = NULL, s.updatedAt = :now WHERE s.id = :id")
@NamedQuery(name = StoreConnection.RECORD_FAILED,
        query = "UPDATE StoreConnection s SET s.lastError = :error, s.updatedAt = :now WHERE s.id = :id")
@NamedQuery(name = StoreConnection.FIND_SUMMARIES,
        query = "SELECT NEW dev.spgateway.store.control.StoreSummary(s.id, s.accountId, s.sellerId, s.customLabel,"
                + " s.awsRegion, s.environment, s.marketplaceIds, s.clientSecretSetAt, s.lastVerifiedAt, s.lastError,"
                + " s.createdAt, s.clientSecretExpiresAt, s.rotationState, s.rotationReason)"
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
    public static final String FIND_ALL_IDS = "StoreConnection.findAllIds";
    /** Every store's columns but the sealed credentials, oldest first, as {@code StoreSummary} records. */
    public static final String FIND_SUMMARIES = "StoreConnection.findSummaries";
    /** The hot path of product calls: which store, without loading (and decrypting) its credentials. */
    public static final String FIND_REFERENCE_BY_STORE_KEY = "StoreConnection.findReferenceByStoreKey";
    /** Amazon's refusal of a secret is status too: recorded without a version check. */
    public static final String RECORD_CREDENTIAL_STATE = "StoreConnection.recordCredentialState";
    public static final String COUNT_ALL = "StoreConnection.countAll";
    /** Stores whose client secret expires by {@code :until}: with now, the expired ones. */
    public static final String COUNT_EXPIRING_BY = "StoreConnection.countExpiringBy";
    public static final String FIND_BY_ACCOUNT_AND_CLIENT = "StoreConnection.findByAccountAndClient";
    public static final String FIND_BY_CLIENT = "StoreConnection.findByClient";
    public static final String CART_ID = "AmazonSP";
    /** The length of the custom_label column. */
    public static final int MAX_LABEL_LENGTH = 200;

    static final String TABLE = "store_connection";
    public static final SealedColumn CLIENT_SECRET = new SealedColumn(TABLE, "client_secret");
    public static final SealedColumn REFRESH_TOKEN = new SealedColumn(TABLE, "refresh_token");
    public static final SealedColumn AWS_SECRET_ACCESS_KEY = new SealedColumn(TABLE, "aws_secret_access_key");

    /** Widths of the sealed credential columns: the credential rules derive their length limits from them. */
    public static final int CLIENT_SECRET_COLUMN = 1024;
    public static final int REFRESH_TOKEN_COLUMN = 2048;
    public static final int AWS_SECRET_COLUMN = 1024;

    @Id
    @Column(length = 36)
    private String id;

    @Version
    private long version;

    @Column(name = "account_id", nullable = false, length = 36)
    private String accountId;

    @Column(name = "store_key", nullable = false, unique = true, length = 64)
    private String storeKey;

    @Column(name = "seller_id", nullable = false, length = 64)
    private String sellerId;

    @Column(name = "client_id", nullable = false, length = 200)
    private String clientId;

    @Column(name = "client_secret", nullable = false, length = CLIENT_SECRET_COLUMN)
    private String sealedClientSecret;

    @Column(name = "refresh_token", nullable = false, length = REFRESH_TOKEN_COLUMN)
    private String sealedRefreshToken;

    @Column(name = "aws_region", nullable = false, length = 16)
    private String awsRegion;

    @Column(name = "aws_access_key_id", length = 32)
    private String awsAccessKeyId;

    @Column(name = "aws_secret_access_key", length = AWS_SECRET_COLUMN)
    private String sealedAwsSecretAccessKey;

    @Column(name = "aws_role_arn", length = 200)
    private String awsRoleArn;

    @Column(nullable = false, length = 16)
    private String environment;

    @Column(name = "custom_label", length = MAX_LABEL_LENGTH)
    private String customLabel;

    @Column(name = "marketplace_ids", nullable = false, length = 1000)
    private String marketplaceIds;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "client_secret_set_at", nullable = false)
    private Instant clientSecretSetAt;

    @Column(name = "client_secret_expires_at", nullable = false)
    private Instant clientSecretExpiresAt;

    /** EXPIRED with a reason once Amazon refused the current secret; the dates tell every other state. */
    @Column(name = "rotation_state", nullable = false, length = 16)
    private String rotationState;

    @Column(name = "rotation_reason", length = 1000)
    private String rotationReason;

    @Column(name = "last_verified_at")
    private Instant lastVerifiedAt;

    @Column(name = "last_error", length = 1000)
    private String lastError;

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
        if (customLabel != null && (customLabel.length() > MAX_LABEL_LENGTH
                || customLabel.chars().anyMatch(Character::isISOControl))) {
            throw new IllegalArgumentException("a custom label has at most " + MAX_LABEL_LENGTH
                    + " characters and no control characters");
        }
        this.id = UUID.randomUUID().toString();
        this.accountId = accountId;
        this.storeKey = storeKey;
        this.customLabel = checkedLabel(customLabel);
        this.createdAt = now;
        apply(credentials, now);
        newSecret(now, secretExpiresAt);
        this.marketplaceIds = marketplaceColumn(marketplaceIds);
        if (!marketplaceIds.isEmpty()) {
            this.lastVerifiedAt = now;
        }
    }

    /**
     * Replaces the credentials. A new client secret starts a new life: set now, expiring at
     * {@code secretExpiresAt}, state OK. The same secret keeps its clock.
     */
    public void replaceCredentials(SpApiCredentials credentials, Instant now, Instant secretExpiresAt) {
        if (!credentials.sellerId().equals(sellerId)) {
            throw new IllegalArgumentException("a store keeps its seller");
        }
        boolean changedSecret = !hasSecret(credentials.clientSecret());
        apply(credentials, now);
        if (changedSecret) {
            newSecret(now, secretExpiresAt);
        }
    }

    /** A new label, or none for {@code null}. */
    public void relabel(String label, Instant now) {
        this.customLabel = checkedLabel(label);
        this.updatedAt = now;
    }

    private static String checkedLabel(String label) {
        if (label != null && (label.length() > MAX_LABEL_LENGTH || label.chars().anyMatch(Character::isISOControl))) {
            throw new IllegalArgumentException("a label has at most " + MAX_LABEL_LENGTH
                    + " characters and no control characters");
        }
        return label;
    }

    /** The date Amazon gave for this secret's expiry (its developer console, or its notification). */
    public void secretExpiresAt(Instant expiresAt) {
        if (expiresAt == null) {
            throw new IllegalArgumentException("an expiry date is required");
        }
        this.clientSecretExpiresAt = expiresAt;
    }

    public boolean hasSecret(Secret secret) {
        return CLIENT_SECRET.open(sealedClientSecret, id).sameAs(secret);
    }

    private void newSecret(Instant now, Instant expiresAt) {
        if (expiresAt == null || !expiresAt.isAfter(now)) {
            throw new IllegalArgumentException("a new client secret expires in the future");
        }
        this.clientSecretSetAt = now;
        this.clientSecretExpiresAt = expiresAt;
        this.rotationState = CredentialState.OK.name();
        this.rotationReason = null;
    }

    /** Records a successful live check and the marketplaces Amazon reported. */
    public void verified(List<String> marketplaces, Instant now) {
        if (marketplaces == null || marketplaces.isEmpty()) {
            throw new IllegalArgumentException("a verified store has at least one marketplace");
        }
        this.marketplaceIds = marketplaceColumn(marketplaces);
        this.lastVerifiedAt = now;
        this.lastError = null;
        this.updatedAt = now;
    }

    public static String marketplaceColumn(List<String> marketplaces) {
        return String.join(",", marketplaces);
    }

    public static String errorColumn(String error) {
        return error == null ? null : error.substring(0, Math.min(error.length(), 1000));
    }

    /** The credentials, their secrets opened; fails when a sealed value was moved here from elsewhere. */
    public SpApiCredentials credentials() {
        Optional<IamCredentials> iam = awsAccessKeyId == null ? Optional.empty()
                : Optional.of(new IamCredentials(awsAccessKeyId,
                        AWS_SECRET_ACCESS_KEY.open(sealedAwsSecretAccessKey, id), awsRoleArn));
        return new SpApiCredentials(sellerId, clientId, CLIENT_SECRET.open(sealedClientSecret, id),
                REFRESH_TOKEN.open(sealedRefreshToken, id), region(), SpApiEnvironment.parse(environment).orElseThrow(),
                iam).ownedBy(accountId);
    }

    private void apply(SpApiCredentials credentials, Instant now) {
        if (credentials == null) {
            throw new IllegalArgumentException("credentials are required");
        }
        this.sellerId = credentials.sellerId();
        this.clientId = credentials.clientId();
        this.sealedClientSecret = CLIENT_SECRET.seal(credentials.clientSecret(), id);
        this.sealedRefreshToken = REFRESH_TOKEN.seal(credentials.refreshToken(), id);
        this.awsRegion = credentials.region().awsRegion();
        this.environment = credentials.environment().wireName();
        this.awsAccessKeyId = credentials.iam().map(IamCredentials::accessKeyId).orElse(null);
        this.sealedAwsSecretAccessKey = AWS_SECRET_ACCESS_KEY.seal(
                credentials.iam().map(IamCredentials::secretAccessKey).orElse(null), id);
        this.awsRoleArn = credentials.iam().map(IamCredentials::roleArn).orElse(null);
        this.updatedAt = now;
    }

    public SellingRegion region() {
        return SellingRegion.ofAwsRegion(awsRegion).orElseThrow();
    }

    public List<String> marketplaceIds() {
        return Arrays.stream(marketplaceIds.split(",")).filter(s -> !s.isBlank()).toList();
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
        return sellerId;
    }

    public String customLabel() {
        return customLabel;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant clientSecretSetAt() {
        return clientSecretSetAt;
    }

    public Instant clientSecretExpiresAt() {
        return clientSecretExpiresAt;
    }

    /** Why Amazon refused the current client secret, if it did (it then expired at that moment). */
    public Optional<String> refusal() {
        return refusal(rotationState, rotationReason);
    }

    /** The refusal as the two columns tell it, for projections that read them without the entity. */
    public static Optional<String> refusal(String rotationState, String rotationReason) {
        return CredentialState.EXPIRED.name().equals(rotationState) ? Optional.ofNullable(rotationReason)
                : Optional.empty();
    }

    public String clientId() {
        return clientId;
    }

    public Optional<Instant> lastVerifiedAt() {
        return Optional.ofNullable(lastVerifiedAt);
    }

    public Optional<String> lastError() {
        return Optional.ofNullable(lastError);
    }
}
