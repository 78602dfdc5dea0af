package dev.spgateway.secrets.control;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HKDF with HMAC-SHA256 (RFC 5869), for one 32-byte key: a key for one purpose made from another key, such
 * that neither the source key nor a key for another purpose can be told from it.
 */
final class Hkdf {

    static final int KEY_BYTES = 32;
    private static final byte[] SALT = "spgateway derived keys".getBytes(StandardCharsets.US_ASCII);

    private Hkdf() {
    }

    static byte[] derive(byte[] inputKey, String purpose) {
        byte[] pseudoRandomKey = hmac(SALT, inputKey);
        byte[] info = purpose.getBytes(StandardCharsets.UTF_8);
        byte[] block = new byte[info.length + 1];
        System.arraycopy(info, 0, block, 0, info.length);
        block[info.length] = 1;
        return hmac(pseudoRandomKey, block);
    }

    private static byte[] hmac(byte[] key, byte[] data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java runtime has HmacSHA256", e);
        }
    }
}
