package dev.spgateway.product.control;

import dev.spgateway.api.control.ApiException;
import dev.spgateway.secrets.boundary.SecretKeys;
import dev.spgateway.secrets.control.SealedTokens;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * Seals page cursors so that a client can neither change one nor use it with another store: the cursor
 * travels with an HMAC-SHA256 over the store key and its contents. The HMAC key is derived from the
 * installation's secrets key, so every instance that shares {@code spgateway.secrets.key} accepts the
 * cursors of the others, and cursors of the previous keys still open after a key rotation.
 */
@ApplicationScoped
public class PageCursors {

    /** Longer than any cursor this gateway writes: the filters it carries are bounded. */
    public static final int MAX_LENGTH = 32_768;
    static final String PURPOSE = "spgateway page_cursor v1";

    @EJB
    SecretKeys secretKeys;

    private SealedTokens tokens;

    public PageCursors() {
    }

    /** Seals with the first key; opens what any of them sealed. */
    public PageCursors(List<byte[]> keys) {
        this.tokens = new SealedTokens(keys);
    }

    @PostConstruct
    void init() {
        tokens = new SealedTokens(secretKeys.keyring().derivedKeys(PURPOSE));
    }

    public String seal(PageCursor cursor, String storeKey) {
        return seal(cursor.payload(), storeKey);
    }

    String seal(byte[] payload, String storeKey) {
        return tokens.seal(payload, storeKey);
    }

    /** The cursor this gateway sealed for this store; anything else is 109. */
    public PageCursor open(String token, String storeKey) {
        if (token.length() > MAX_LENGTH) {
            throw notACursor();
        }
        byte[] payload = tokens.open(token, storeKey).orElseThrow(PageCursors::notACursor);
        try {
            return PageCursor.fromPayload(payload);
        } catch (IllegalArgumentException e) {
            throw notACursor();
        }
    }

    private static ApiException notACursor() {
        return ApiException.incorrect("page_cursor", "not a cursor this gateway issued; use pagination.next or"
                + " pagination.previous of an earlier answer");
    }
}

