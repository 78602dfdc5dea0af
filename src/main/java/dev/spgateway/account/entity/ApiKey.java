package dev.spgateway.account.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * An API key of an account, stored only as its SHA-256 hash: the key itself is shown once, when it is made,
 * and never again. The hint (its last characters) lets a person tell keys apart.
 */
@Entity
@Table(name = "api_key")
@NamedQuery(name = ApiKey.FIND_BY_HASH, query = "SELECT k FROM ApiKey k JOIN FETCH k.account WHERE k.keyHash = :hash")
@NamedQuery(name = ApiKey.FIND_ALL, query = "SELECT k FROM ApiKey k JOIN FETCH k.account ORDER BY k.createdAt")
public class ApiKey {

    public static final String FIND_BY_HASH = "ApiKey.findByHash";
    /** Every key with its account, oldest first. */
    public static final String FIND_ALL = "ApiKey.findAll";
    private static final int HINT_LENGTH = 4;

    @Id
    @Column(length = 36)
    private String id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "account_id", nullable = false)
    private ApiAccount account;

    @Column(name = "key_hash", nullable = false, unique = true, length = 64)
    private String keyHash;

    @Column(name = "key_hint", nullable = false, length = 8)
    private String keyHint;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "disabled_at")
    private Instant disabledAt;

    protected ApiKey() {
        // JPA
    }

    public ApiKey(ApiAccount account, String keyHash, String plainKey, Instant createdAt) {
        if (account == null || createdAt == null) {
            throw new IllegalArgumentException("a key needs an account and a creation time");
        }
        if (keyHash == null || !keyHash.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("a key hash is 64 lower-case hex digits");
        }
        if (plainKey == null || plainKey.length() < 16) {
            throw new IllegalArgumentException("an API key has at least 16 characters");
        }
        this.id = UUID.randomUUID().toString();
        this.account = account;
        this.keyHash = keyHash;
        this.keyHint = plainKey.substring(plainKey.length() - HINT_LENGTH);
        this.createdAt = createdAt;
    }

    public void disable(Instant when) {
        if (disabledAt == null) {
            disabledAt = when;
        }
    }

    public boolean isDisabled() {
        return disabledAt != null;
    }

    public String id() {
        return id;
    }

    public ApiAccount account() {
        return account;
    }

    public String keyHash() {
        return keyHash;
    }

    public String keyHint() {
        return keyHint;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant disabledAt() {
        return disabledAt;
    }
}
