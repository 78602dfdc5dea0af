package dev.spgateway.store.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * The first answer to a call that carried an {@code idempotency_key}: a retry of the same request with the
 * same key within the time to live gets this answer again instead of applying the change twice. The request
 * is known by its fingerprint only (a SHA-256 over method, store and parameters), never by its values.
 */
@Entity
@Table(name = "idempotent_replay")
@IdClass(IdempotentReplay.Key.class)
@NamedQuery(name = IdempotentReplay.DELETE_CREATED_BEFORE,
        query = "DELETE FROM IdempotentReplay r WHERE r.createdAt < :cutoff")
public class IdempotentReplay {

    public static final String DELETE_CREATED_BEFORE = "IdempotentReplay.deleteCreatedBefore";
    /** The length of the idempotency_key column. */
    public static final int MAX_KEY_LENGTH = 200;
    private static final int FINGERPRINT_LENGTH = 64;

    @Id
    @Column(name = "account_id", length = 36)
    private String accountId;

    @Id
    @Column(name = "idempotency_key", length = MAX_KEY_LENGTH)
    private String idempotencyKey;

    @Column(nullable = false, length = 100)
    private String method;

    @Column(name = "request_hash", nullable = false, length = FINGERPRINT_LENGTH)
    private String requestHash;

    @Column(name = "result_json", nullable = false, length = 4000)
    private String resultJson;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected IdempotentReplay() {
        // JPA
    }

    public IdempotentReplay(String accountId, String idempotencyKey, String method, String requestHash,
            String resultJson, Instant createdAt) {
        if (accountId == null || idempotencyKey == null || idempotencyKey.isBlank()
                || idempotencyKey.length() > MAX_KEY_LENGTH) {
            throw new IllegalArgumentException("an idempotency key has 1 to " + MAX_KEY_LENGTH
                    + " characters and an account");
        }
        if (requestHash == null || requestHash.length() != FINGERPRINT_LENGTH) {
            throw new IllegalArgumentException("a replay names its request by a SHA-256 fingerprint in hex");
        }
        this.accountId = accountId;
        this.idempotencyKey = idempotencyKey;
        this.method = Objects.requireNonNull(method);
        this.requestHash = requestHash;
        this.resultJson = Objects.requireNonNull(resultJson);
        this.createdAt = Objects.requireNonNull(createdAt);
    }

    public boolean isLiveAt(Instant now, Duration ttl) {
        return createdAt.plus(ttl).isAfter(now);
    }

    /** Whether a call with this fingerprint is the request that made this answer. */
    public boolean answers(String fingerprint) {
        return requestHash.equals(fingerprint);
    }

    public String method() {
        return method;
    }

    public String resultJson() {
        return resultJson;
    }

    /** Composite primary key. */
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        private String accountId;
        private String idempotencyKey;

        public Key() {
        }

        public Key(String accountId, String idempotencyKey) {
            this.accountId = accountId;
            this.idempotencyKey = idempotencyKey;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(accountId, key.accountId)
                    && Objects.equals(idempotencyKey, key.idempotencyKey);
        }

        @Override
        public int hashCode() {
            return Objects.hash(accountId, idempotencyKey);
        }
    }
}
