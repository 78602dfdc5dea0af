package dev.spgateway.secrets.control;

import dev.spgateway.platform.control.UnknownSecretsKey;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.crypto.spec.SecretKeySpec;

/**
 * AES-256-GCM encryption of stored credentials. A ciphertext names its format and the key that made it
 * ({@code gcm2:<key id>:<base64 of nonce and sealed bytes>}), so after a key rotation older rows still open
 * with a previous key while new writes use the current one. It is bound to its place ({@link SecretBinding}:
 * table, column, row) as associated data, so a copy elsewhere does not open.
 * <p>
 * Values written before that binding ({@code gcm1}, authenticated with the key id only) are opened once, by
 * the schema migration that seals them again bound to their rows ({@link #openUnbound}); reading a row never
 * accepts them.
 */
public final class SecretKeyring {

    private static final String FORMAT = "gcm2";
    private static final String UNBOUND_FORMAT = "gcm1";
    private static final int KEY_ID_BYTES = 4;

    private static volatile SecretKeyring installed;

    private final String currentId;
    private final Map<String, SecretKeySpec> keys;

    public SecretKeyring(byte[] currentKey, List<byte[]> previousKeys) {
        Map<String, SecretKeySpec> byId = new LinkedHashMap<>();
        currentId = idOf(currentKey);
        byId.put(currentId, AesGcm.spec(currentKey));
        previousKeys.forEach(key -> byId.putIfAbsent(idOf(key), AesGcm.spec(key)));
        keys = Map.copyOf(byId);
    }

    /** Makes this keyring the one entities seal and open their secrets with. */
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
        return AesGcm.newKey();
    }

    public static byte[] decodeKey(String base64) {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(base64.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("a secrets key is base64", e);
        }
        if (key.length != AesGcm.KEY_BYTES) {
            throw new IllegalArgumentException("a secrets key is 32 bytes (256 bits), base64-encoded; this one has "
                    + key.length + " bytes");
        }
        return key;
    }

    public String currentKeyId() {
        return currentId;
    }

    /** Seals a value for the one place it is stored. */
    public String seal(String plaintext, SecretBinding where) {
        try {
            byte[] sealed = AesGcm.seal(keys.get(currentId), plaintext.getBytes(StandardCharsets.UTF_8),
                    where.associatedData(FORMAT, currentId));
            return FORMAT + ":" + currentId + ":" + Base64.getEncoder().encodeToString(sealed);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("encryption failed", e);
        }
    }

    /**
     * Opens a value stored at {@code where}. Fails without revealing anything of the value when it was
     * tampered with, sealed for another place, sealed before values were bound to their place, or its key is
     * unknown.
     */
    public String open(String stored, SecretBinding where) {
        String[] parts = parts(stored);
        if (UNBOUND_FORMAT.equals(parts[0])) {
            throw new IllegalStateException("the stored " + where + " is in the format before values were bound"
                    + " to their rows; the schema migration V8 converts such values");
        }
        if (!FORMAT.equals(parts[0])) {
            throw new IllegalStateException("the stored " + where + " is not an encrypted secret");
        }
        if (!keys.containsKey(parts[1])) {
            throw unknownKey(parts[1]);
        }
        try {
            return decrypt(parts, where.associatedData(FORMAT, parts[1]));
        } catch (IllegalStateException e) {
            throw new IllegalStateException("the stored " + where + " could not be decrypted with key " + parts[1]
                    + ": it was altered, or it was sealed for another row or column");
        }
    }

    /** Opens a value sealed before values were bound to their rows; only the migration that binds them calls it. */
    public String openUnbound(String stored) {
        String[] parts = parts(stored);
        if (!UNBOUND_FORMAT.equals(parts[0])) {
            throw new IllegalStateException("not a secret in the format before values were bound to their rows");
        }
        return decrypt(parts, parts[1].getBytes(StandardCharsets.US_ASCII));
    }

    public static boolean isUnbound(String stored) {
        return stored.startsWith(UNBOUND_FORMAT + ":");
    }

    /** True when the value was sealed with an older key and should be written again. */
    public boolean needsReencryption(String stored) {
        return !stored.startsWith(FORMAT + ":" + currentId + ":");
    }

    private static String[] parts(String stored) {
        String[] parts = stored.split(":", 3);
        if (parts.length != 3) {
            throw new IllegalStateException("not an encrypted secret");
        }
        return parts;
    }

    private String decrypt(String[] parts, byte[] associatedData) {
        SecretKeySpec key = keys.get(parts[1]);
        if (key == null) {
            throw unknownKey(parts[1]);
        }
        try {
            byte[] plain = AesGcm.open(key, Base64.getDecoder().decode(parts[2]), associatedData);
            return new String(plain, StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("a stored secret could not be decrypted with key " + parts[1]);
        }
    }

    private static IllegalStateException unknownKey(String keyId) {
        return new UnknownSecretsKey(keyId);
    }

    /** The ids of the current and previous keys. */
    public java.util.Set<String> keyIds() {
        return keys.keySet();
    }

    /** The id of the key that sealed a stored value; empty for a value in no format this ring knows. */
    public static java.util.Optional<String> keyIdOf(String stored) {
        String[] parts = stored == null ? new String[0] : stored.split(":", 3);
        return parts.length == 3 && (FORMAT.equals(parts[0]) || UNBOUND_FORMAT.equals(parts[0]))
                ? java.util.Optional.of(parts[1]) : java.util.Optional.empty();
    }

    /** Characters of what {@link #seal} makes of a value of this many UTF-8 bytes. */
    public static int sealedLength(int plaintextBytes) {
        return framingLength() + 4 * ((AesGcm.sealedBytes(plaintextBytes) + 2) / 3);
    }

    /** The most UTF-8 bytes a value may have for its sealed form to fit a column of this many characters. */
    public static int maxPlaintextBytes(int columnLength) {
        return Math.max(0, AesGcm.maxPlaintextBytes((columnLength - framingLength()) / 4 * 3));
    }

    private static int framingLength() {
        return FORMAT.length() + 1 + KEY_ID_BYTES * 2 + 1;
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
