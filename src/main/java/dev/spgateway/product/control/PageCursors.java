package dev.spgateway.product.control;

import dev.spgateway.api.control.ApiException;
import dev.spgateway.secrets.boundary.SecretKeys;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

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
    private static final String ALGORITHM = "HmacSHA256";
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

    @EJB
    SecretKeys secretKeys;

    private List<SecretKeySpec> keys;

    public PageCursors() {
    }

    /** Seals with the first key; opens what any of them sealed. */
    public PageCursors(List<byte[]> keys) {
        this.keys = keys.stream().map(key -> new SecretKeySpec(key, ALGORITHM)).toList();
    }

    @PostConstruct
    void init() {
        keys = new PageCursors(secretKeys.keyring().derivedKeys(PURPOSE)).keys;
    }

    public String seal(PageCursor cursor, String storeKey) {
        return seal(cursor.payload(), storeKey);
    }

    String seal(byte[] payload, String storeKey) {
        return ENCODER.encodeToString(payload) + "." + ENCODER.encodeToString(mac(keys.get(0), storeKey, payload));
    }

    /** The cursor this gateway sealed for this store; anything else is 109. */
    public PageCursor open(String token, String storeKey) {
        int dot = token.indexOf('.');
        if (token.length() > MAX_LENGTH || dot < 0) {
            throw notACursor();
        }
        try {
            byte[] payload = Base64.getUrlDecoder().decode(token.substring(0, dot));
            byte[] tag = Base64.getUrlDecoder().decode(token.substring(dot + 1));
            boolean sealedHere = keys.stream().anyMatch(key -> MessageDigest.isEqual(tag, mac(key, storeKey, payload)));
            if (!sealedHere) {
                throw notACursor();
            }
            return PageCursor.fromPayload(payload);
        } catch (IllegalArgumentException e) {
            throw notACursor();
        }
    }

    private static byte[] mac(SecretKeySpec key, String storeKey, byte[] payload) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            mac.update(storeKey.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return mac.doFinal(payload);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java runtime has " + ALGORITHM, e);
        }
    }

    private static ApiException notACursor() {
        return ApiException.incorrect("page_cursor", "not a cursor this gateway issued; use pagination.next or"
                + " pagination.previous of an earlier answer");
    }
}

