package dev.spgateway.secrets.control;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * AES-256-GCM encryption of stored credentials. A ciphertext names the key that made it
 * ({@code gcm1:<key id>:<base64 of nonce and sealed bytes>}), so after a key rotation older rows still open
 * with a previous key while new writes use the current one.
 */
public final class SecretKeyring {

    private static final String PREFIX = "gcm1";
    private static final int KEY_BYTES = 32;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final int KEY_ID_BYTES = 4;
    private static final SecureRandom RANDOM = new SecureRandom();

    private static volatile SecretKeyring installed;

    private final String currentId;
    private final Map<String, SecretKeySpec> keys;

    public SecretKeyring(byte[] currentKey, List<byte[]> previousKeys) {
        Map<String, SecretKeySpec> byId = new LinkedHashMap<>();
        currentId = idOf(currentKey);
        byId.put(currentId, spec(currentKey));
        previousKeys.forEach(key -> byId.putIfAbsent(idOf(key), spec(key)));
        keys = Map.copyOf(byId);
    }

    /** Makes this keyring the one JPA's converter uses. */
    public static void install(SecretKeyring keyring) {
        installed = keyring;
    }

    public static SecretKeyring installed() {
        SecretKeyring keyring = installed;
        if (keyring == null) {
            throw new IllegalStateException("no secrets key is loaded yet");
        }
        return keyring;
    }

    public static byte[] newKey() {
        byte[] key = new byte[KEY_BYTES];
        RANDOM.nextBytes(key);
        return key;
    }

    public static byte[] decodeKey(String base64) {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(base64.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("a secrets key is base64", e);
        }
        if (key.length != KEY_BYTES) {
            throw new IllegalArgumentException("a secrets key is 32 bytes (256 bits), base64-encoded; this one has "
                    + key.length + " bytes");
        }
        return key;
    }

    public String currentKeyId() {
        return currentId;
    }

    public String encrypt(String plaintext) {
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        try {
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, keys.get(currentId), nonce, currentId);
            byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            byte[] out = new byte[NONCE_BYTES + sealed.length];
            System.arraycopy(nonce, 0, out, 0, NONCE_BYTES);
            System.arraycopy(sealed, 0, out, NONCE_BYTES, sealed.length);
            return PREFIX + ":" + currentId + ":" + Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("encryption failed", e);
        }
    }

    /** Fails without revealing anything of the value when it was tampered with or its key is unknown. */
    public String decrypt(String stored) {
        String[] parts = stored.split(":", 3);
        if (parts.length != 3 || !PREFIX.equals(parts[0])) {
            throw new IllegalStateException("not an encrypted secret");
        }
        SecretKeySpec key = keys.get(parts[1]);
        if (key == null) {
            throw new IllegalStateException("secret was encrypted with key " + parts[1]
                    + ", which is neither spgateway.secrets.key nor one of spgateway.secrets.previous-keys");
        }
        try {
            byte[] in = Base64.getDecoder().decode(parts[2]);
            byte[] nonce = java.util.Arrays.copyOf(in, NONCE_BYTES);
            Cipher cipher = cipher(Cipher.DECRYPT_MODE, key, nonce, parts[1]);
            byte[] plain = cipher.doFinal(in, NONCE_BYTES, in.length - NONCE_BYTES);
            return new String(plain, StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("a stored secret could not be decrypted with key " + parts[1]);
        }
    }

    /** True when the value was sealed with an older key and should be written again. */
    public boolean needsReencryption(String stored) {
        return !stored.startsWith(PREFIX + ":" + currentId + ":");
    }

    /** Characters of what {@link #encrypt} makes of a value of this many UTF-8 bytes. */
    public static int sealedLength(int plaintextBytes) {
        int sealedBytes = NONCE_BYTES + plaintextBytes + TAG_BITS / 8;
        return framingLength() + 4 * ((sealedBytes + 2) / 3);
    }

    /** The most UTF-8 bytes a value may have for its sealed form to fit a column of this many characters. */
    public static int maxPlaintextBytes(int columnLength) {
        return Math.max(0, (columnLength - framingLength()) / 4 * 3 - NONCE_BYTES - TAG_BITS / 8);
    }

    private static int framingLength() {
        return PREFIX.length() + 1 + KEY_ID_BYTES * 2 + 1;
    }

    /**
     * A key for another use than sealing (such as signing page cursors), derived from each key of the ring
     * with HKDF-SHA256: every instance that shares {@code spgateway.secrets.key} derives the same, and it
     * reveals nothing of the key. The current key's comes first; the previous keys' still verify.
     */
    public List<byte[]> derivedKeys(String purpose) {
        List<byte[]> derived = new java.util.ArrayList<>();
        derived.add(Hkdf.derive(keys.get(currentId).getEncoded(), purpose));
        keys.forEach((id, key) -> {
            if (!id.equals(currentId)) {
                derived.add(Hkdf.derive(key.getEncoded(), purpose));
            }
        });
        return List.copyOf(derived);
    }

    private static Cipher cipher(int mode, SecretKeySpec key, byte[] nonce, String keyId)
            throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
        cipher.updateAAD(keyId.getBytes(StandardCharsets.US_ASCII));
        return cipher;
    }

    private static SecretKeySpec spec(byte[] key) {
        if (key.length != KEY_BYTES) {
            throw new IllegalArgumentException("a secrets key is 32 bytes");
        }
        return new SecretKeySpec(key, "AES");
    }

    /** A short, stable name for a key that reveals nothing of it. */
    static String idOf(byte[] key) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update("spgateway secrets key id".getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(digest.digest(key), 0, KEY_ID_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
