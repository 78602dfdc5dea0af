package dev.spgateway.store.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * The first answer to a call that carried an {@code idempotency_key}: a retry with the same key within the
 * time to live gets this answer again instead of applying the change twice.
 */
@Entity
@Table(name = "idempotent_replay")
@IdClass(IdempotentReplay.Key.class)
public class IdempotentReplay {

    @Id
    @Column(name = "account_id", length = 36)
    private String accountId;

    @Id
    @Column(name = "idempotency_key", length = 200)
    private String idempotencyKey;

    @Column(nullable = false, length = 100)
    private String method;

    @Column(name = "result_json", nullable = false, length = 4000)
    private String resultJson;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected IdempotentReplay() {
        // JPA
    }

    public IdempotentReplay(String accountId, String idempotencyKey, String method, String resultJson,
            Instant createdAt) {
        if (accountId == null || idempotencyKey == null || idempotencyKey.isBlank() || idempotencyKey.length() > 200) {
            throw new IllegalArgumentException("an idempotency key has 1 to 200 characters and an account");
        }
        this.accountId = accountId;
        this.idempotencyKey = idempotencyKey;
        this.method = Objects.requireNonNull(method);
        this.resultJson = Objects.requireNonNull(resultJson);
        this.createdAt = Objects.requireNonNull(createdAt);
    }

    public boolean isLiveAt(Instant now, Duration ttl) {
        return createdAt.plus(ttl).isAfter(now);
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
