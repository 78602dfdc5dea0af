package dev.spgateway.store.control;

import dev.spgateway.api.control.ApiException;
import dev.spgateway.api.control.ReturnCode;
import dev.spgateway.store.entity.IdempotentReplay;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityExistsException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Idempotency as clients know it from Stripe: an {@code idempotency_key} replays the first answer only to
 * the same method on the same store with the same parameters, for {@code spgateway.idempotency.ttl}; the
 * same key with anything else is refused. An answer is remembered in the transaction of the change it
 * describes, so it is kept only if that change was committed.
 */
@ApplicationScoped
public class IdempotentReplays {

    public static final String PARAMETER = "idempotency_key";

    @PersistenceContext
    EntityManager em;

    @Inject
    @ConfigProperty(name = "spgateway.idempotency.ttl")
    Duration ttl;

    Clock clock = Clock.systemUTC();

    /** The key as given, or 109 before anything happens: it must fit its column and be plain text. */
    public static String checkedKey(String key) {
        return PlainText.checked(PARAMETER, key, IdempotentReplay.MAX_KEY_LENGTH);
    }

    /**
     * Names a request without keeping its values: SHA-256 over the method, the store and every parameter
     * in name order, each part length-prefixed so that no two parameter sets share a fingerprint.
     */
    public static String fingerprint(String method, String storeId, Map<String, String> parameters) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            update(digest, method);
            update(digest, storeId);
            new TreeMap<>(parameters).forEach((name, value) -> {
                update(digest, name);
                update(digest, value);
            });
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void update(MessageDigest digest, String part) {
        byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
        digest.update(ByteBuffer.allocate(Integer.BYTES).putInt(bytes.length).array());
        digest.update(bytes);
    }

    /** The first answer to this very request, if it is still live; 109 when the key named another request. */
    public Optional<String> replay(String accountId, String key, String fingerprint) {
        IdempotentReplay replay = em.find(IdempotentReplay.class, new IdempotentReplay.Key(accountId, key));
        if (replay == null || !replay.isLiveAt(clock.instant(), ttl)) {
            return Optional.empty();
        }
        if (!replay.answers(fingerprint)) {
            throw new ApiException(ReturnCode.INCORRECT_PARAMETER,
                    PARAMETER + " already used for a different request");
        }
        return Optional.of(replay.resultJson());
    }

    /**
     * Keeps the answer, in the caller's transaction. An expired replay of the key makes room; a live one
     * means a concurrent call with the same key got there first, and the caller's change must roll back.
     * Two calls that both find no row meet at the primary key when they flush.
     */
    public void remember(FirstAnswer answer, Instant now) {
        IdempotentReplay old = em.find(IdempotentReplay.class,
                new IdempotentReplay.Key(answer.accountId(), answer.key()));
        if (old != null && old.isLiveAt(now, ttl)) {
            throw new EntityExistsException("a concurrent call with this idempotency key was first");
        }
        if (old != null) {
            em.remove(old);
            em.flush();
        }
        em.persist(new IdempotentReplay(answer.accountId(), answer.key(), answer.method(), answer.fingerprint(),
                answer.resultJson(), now));
    }

    /** Deletes the replays whose time to live is over, in the caller's transaction; how many went. */
    public int purgeExpired() {
        return em.createNamedQuery(IdempotentReplay.DELETE_CREATED_BEFORE)
                .setParameter("cutoff", clock.instant().minus(ttl))
                .executeUpdate();
    }

    /** The answer to a call made with an idempotency key, and the request it answers. */
    public record FirstAnswer(String accountId, String key, String method, String fingerprint, String resultJson) {
    }
}
