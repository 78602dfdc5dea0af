package dev.spgateway.secrets.control;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Tokens a client carries and gives back unchanged (page cursors): the payload travels readable, with an
 * HMAC-SHA256 over a context (such as the store key) and the payload, so a token can neither be changed nor
 * used in another context. The keys come from {@link SecretKeyring#derivedKeys(String)}, one purpose each:
 * the first seals, any of them opens, so tokens outlive a rotation of the secrets key.
 */
public final class SealedTokens {

    private static final String ALGORITHM = "HmacSHA256";
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

    private final List<SecretKeySpec> keys;

    public SealedTokens(List<byte[]> keys) {
        if (keys.isEmpty()) {
            throw new IllegalArgumentException("sealing needs a key");
        }
        this.keys = keys.stream().map(key -> new SecretKeySpec(key, ALGORITHM)).toList();
    }

    public String seal(byte[] payload, String context) {
        return ENCODER.encodeToString(payload) + "." + ENCODER.encodeToString(mac(keys.get(0), context, payload));
    }

    /** The payload of a token sealed in this context by one of the keys; empty for anything else. */
    public Optional<byte[]> open(String token, String context) {
        int dot = token.indexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        try {
            byte[] payload = Base64.getUrlDecoder().decode(token.substring(0, dot));
            byte[] tag = Base64.getUrlDecoder().decode(token.substring(dot + 1));
            return keys.stream().anyMatch(key -> MessageDigest.isEqual(tag, mac(key, context, payload)))
                    ? Optional.of(payload) : Optional.empty();
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
    }

    /** The HMAC of a value under each key, the current key's first: what a keyed lookup column is compared with. */
    public List<byte[]> macs(String context, byte[] value) {
        return keys.stream().map(key -> mac(key, context, value)).toList();
    }

    private static byte[] mac(SecretKeySpec key, String context, byte[] payload) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            mac.update(context.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return mac.doFinal(payload);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java runtime has " + ALGORITHM, e);
        }
    }
}
