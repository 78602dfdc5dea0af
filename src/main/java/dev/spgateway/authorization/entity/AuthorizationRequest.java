package dev.spgateway.authorization.entity;

import dev.spgateway.amazon.control.SellingRegion;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * One seller's way through Seller Central's consent page, started by an API account for one region. The state
 * that identifies it in the browser is kept only as a hash; the callback claims it once, by a conditional
 * update, so a replayed callback finds it taken.
 */
@Entity
@Table(name = "authorization_request")
@NamedQuery(name = AuthorizationRequest.FIND_BY_STATE_HASH,
        query = "SELECT a FROM AuthorizationRequest a WHERE a.stateHash = :stateHash")
@NamedQuery(name = AuthorizationRequest.CLAIM,
        query = "UPDATE AuthorizationRequest a SET a.status = :claimed, a.version = a.version + 1"
                + " WHERE a.stateHash = :stateHash AND a.status = :pending AND a.expiresAt > :now")
public class AuthorizationRequest {

    public static final String FIND_BY_STATE_HASH = "AuthorizationRequest.findByStateHash";
    /** Takes a pending, unexpired state for one callback; every later callback with it finds it claimed. */
    public static final String CLAIM = "AuthorizationRequest.claim";
    public static final int MAX_RETURN_URL_LENGTH = 2000;
    public static final String INTERRUPTED = "interrupted";
    static final Duration CODE_LIFETIME = Duration.ofMinutes(5);

    @Id
    @Column(length = 36)
    private String id;

    @Version
    private long version;

    @Column(name = "account_id", nullable = false, length = 36)
    private String accountId;

    @Column(name = "state_hash", nullable = false, unique = true, length = 64)
    private String stateHash;

    @Column(name = "aws_region", nullable = false, length = 16)
    private String awsRegion;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Workflow workflow;

    @Column(name = "return_url", nullable = false, length = MAX_RETURN_URL_LENGTH)
    private String returnUrl;

    @Column(name = "custom_label", length = 200)
    private String customLabel;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private AuthorizationStatus status;

    @Column(name = "error_code", length = 64)
    private String errorCode;

    @Column(name = "store_key", length = 64)
    private String storeKey;

    @Column(name = "seller_id", length = 64)
    private String sellerId;

    @Column(name = "marketplace_ids", length = 1000)
    private String marketplaceIds;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "completed_at")
    private Instant completedAt;

    protected AuthorizationRequest() {
        // JPA
    }

    public AuthorizationRequest(String accountId, String stateHash, SellingRegion region, Workflow workflow,
            String returnUrl, String customLabel, Instant now, Instant expiresAt) {
        if (accountId == null || accountId.isBlank()) {
            throw new IllegalArgumentException("an authorization belongs to an account");
        }
        if (stateHash == null || !stateHash.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("the state is kept as its SHA-256 hash only");
        }
        if (region == null || workflow == null || returnUrl == null || returnUrl.length() > MAX_RETURN_URL_LENGTH) {
            throw new IllegalArgumentException("region, workflow and a return URL are required");
        }
        if (now == null || expiresAt == null || !expiresAt.isAfter(now)) {
            throw new IllegalArgumentException("an authorization expires after it starts");
        }
        this.id = UUID.randomUUID().toString();
        this.accountId = accountId;
        this.stateHash = stateHash;
        this.awsRegion = region.awsRegion();
        this.workflow = workflow;
        this.returnUrl = returnUrl;
        this.customLabel = customLabel;
        this.status = AuthorizationStatus.PENDING;
        this.createdAt = now;
        this.expiresAt = expiresAt;
    }

    public void connected(String connectedStoreKey, String seller, List<String> marketplaces, Instant now) {
        requireInProgress();
        this.storeKey = connectedStoreKey;
        this.sellerId = seller;
        this.marketplaceIds = String.join(",", marketplaces);
        finish(AuthorizationStatus.CONNECTED, null, now);
    }

    public void cancelled(Instant now) {
        requireInProgress();
        finish(AuthorizationStatus.CANCELLED, null, now);
    }

    public void failed(String code, Instant now) {
        requireInProgress();
        finish(AuthorizationStatus.ERROR, code, now);
    }

    private void requireInProgress() {
        if (status != AuthorizationStatus.IN_PROGRESS) {
            throw new IllegalStateException("only a claimed authorization finishes, this one is " + status);
        }
    }

    private void finish(AuthorizationStatus outcome, String code, Instant now) {
        this.status = outcome;
        this.errorCode = code;
        this.completedAt = now;
    }

    public boolean belongsTo(String account) {
        return accountId.equals(account);
    }

    public boolean expiredAt(Instant now) {
        return !now.isBefore(expiresAt);
    }

    /** The in-memory twin of the conditional update {@link #CLAIM}. */
    void claimed() {
        if (status != AuthorizationStatus.PENDING) {
            throw new IllegalStateException("only a pending authorization is claimed, this one is " + status);
        }
        status = AuthorizationStatus.IN_PROGRESS;
    }

    /**
     * Whether a claimed authorization can no longer finish: Amazon's code lives five minutes and the state was
     * claimed before it expired, so a callback still unfinished that long after the expiry was cut short (the
     * instance stopped mid-way) and its seller has to start again.
     */
    public boolean interruptedAt(Instant now) {
        return status == AuthorizationStatus.IN_PROGRESS && expiredAt(now.minus(CODE_LIFETIME));
    }

    public String id() {
        return id;
    }

    public String accountId() {
        return accountId;
    }

    public SellingRegion region() {
        return SellingRegion.ofAwsRegion(awsRegion).orElseThrow();
    }

    public Workflow workflow() {
        return workflow;
    }

    public String returnUrl() {
        return returnUrl;
    }

    public String customLabel() {
        return customLabel;
    }

    public AuthorizationStatus status() {
        return status;
    }

    public String errorCode() {
        return errorCode;
    }

    public String storeKey() {
        return storeKey;
    }

    public String sellerId() {
        return sellerId;
    }

    public List<String> marketplaceIds() {
        return marketplaceIds == null || marketplaceIds.isEmpty() ? List.of()
                : Arrays.asList(marketplaceIds.split(","));
    }

    public Instant expiresAt() {
        return expiresAt;
    }
}
