package dev.spgateway.order.control;

import dev.spgateway.api.control.ApiException;
import dev.spgateway.secrets.boundary.SecretKeys;
import dev.spgateway.secrets.control.SealedTokens;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * Seals order page cursors as product cursors are sealed (an HMAC-SHA256 over the store key and the contents,
 * with a key derived from the secrets key), under a purpose of their own: a product cursor is no order cursor.
 */
@ApplicationScoped
public class OrderCursors {

    /** Longer than any cursor this gateway writes: the filters it carries are bounded. */
    public static final int MAX_LENGTH = 32_768;
    static final String PURPOSE = "spgateway order page_cursor v1";

    @EJB
    SecretKeys secretKeys;

    private SealedTokens tokens;

    public OrderCursors() {
    }

    /** Seals with the first key; opens what any of them sealed. */
    public OrderCursors(List<byte[]> keys) {
        this.tokens = new SealedTokens(keys);
    }

    @PostConstruct
    void init() {
        tokens = new SealedTokens(secretKeys.keyring().derivedKeys(PURPOSE));
    }

    public String seal(OrderCursor cursor, String storeKey) {
        return tokens.seal(cursor.payload(), storeKey);
    }

    /** The cursor this gateway sealed for this store; anything else is 109. */
    public OrderCursor open(String token, String storeKey) {
        if (token.length() > MAX_LENGTH) {
            throw notACursor();
        }
        byte[] payload = tokens.open(token, storeKey).orElseThrow(OrderCursors::notACursor);
        try {
            return OrderCursor.fromPayload(payload);
        } catch (IllegalArgumentException e) {
            throw notACursor();
        }
    }

    private static ApiException notACursor() {
        return ApiException.incorrect("page_cursor", "not a cursor this gateway issued; use pagination.next or"
                + " pagination.previous of an earlier answer");
    }
}
