package dev.spgateway.secrets.control;

import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * AES-256-GCM on bytes: a fresh random nonce for every value, written before the sealed bytes, and
 * associated data that must be the same to open them. Which key and which associated data is the
 * {@link SecretKeyring}'s business.
 */
final class AesGcm {

    static final int KEY_BYTES = 32;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private AesGcm() {
    }

    static byte[] newKey() {
        byte[] key = new byte[KEY_BYTES];
        RANDOM.nextBytes(key);
        return key;
    }

    static SecretKeySpec spec(byte[] key) {
        if (key.length != KEY_BYTES) {
            throw new IllegalArgumentException("a secrets key is 32 bytes");
        }
        return new SecretKeySpec(key, "AES");
    }

    /** The nonce, then the plaintext encrypted and its tag. */
    static byte[] seal(SecretKeySpec key, byte[] plaintext, byte[] associatedData) throws GeneralSecurityException {
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        byte[] sealed = cipher(Cipher.ENCRYPT_MODE, key, nonce, associatedData).doFinal(plaintext);
        byte[] out = new byte[NONCE_BYTES + sealed.length];
        System.arraycopy(nonce, 0, out, 0, NONCE_BYTES);
        System.arraycopy(sealed, 0, out, NONCE_BYTES, sealed.length);
        return out;
    }

    /** The plaintext of what {@link #seal} made; fails when anything of it or of the associated data differs. */
    static byte[] open(SecretKeySpec key, byte[] in, byte[] associatedData) throws GeneralSecurityException {
        byte[] nonce = Arrays.copyOf(in, NONCE_BYTES);
        return cipher(Cipher.DECRYPT_MODE, key, nonce, associatedData).doFinal(in, NONCE_BYTES, in.length - NONCE_BYTES);
    }

    /** Bytes of what {@link #seal} makes of this many bytes. */
    static int sealedBytes(int plaintextBytes) {
        return NONCE_BYTES + plaintextBytes + TAG_BITS / 8;
    }

    /** The most plaintext bytes whose sealed form has at most this many bytes. */
    static int maxPlaintextBytes(int sealedBytes) {
        return sealedBytes - NONCE_BYTES - TAG_BITS / 8;
    }

    private static Cipher cipher(int mode, SecretKeySpec key, byte[] nonce, byte[] associatedData)
            throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
        cipher.updateAAD(associatedData);
        return cipher;
    }
}
