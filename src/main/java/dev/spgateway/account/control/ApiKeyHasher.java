package dev.spgateway.account.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * Hashes and compares API keys. Keys are long random strings, so a fast hash is enough: there is nothing
 * to brute-force that a slow password hash would protect.
 */
public final class ApiKeyHasher {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int KEY_BYTES = 24;

    private ApiKeyHasher() {
    }

    public static String hash(String apiKey) {
        return HexFormat.of().formatHex(digest(apiKey));
    }

    /** Compares in time that does not depend on where the two first differ. */
    public static boolean matches(String apiKey, String expectedHash) {
        byte[] expected;
        try {
            expected = HexFormat.of().parseHex(expectedHash);
        } catch (IllegalArgumentException e) {
            return false;
        }
        return MessageDigest.isEqual(digest(apiKey), expected);
    }

    /** A new key: 48 hex digits from a CSPRNG. */
    public static String newKey() {
        byte[] bytes = new byte[KEY_BYTES];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    private static byte[] digest(String apiKey) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(apiKey.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
