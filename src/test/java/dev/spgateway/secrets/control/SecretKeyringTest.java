package dev.spgateway.secrets.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

class SecretKeyringTest {

    private final byte[] key = SecretKeyring.newKey();
    private final SecretKeyring keyring = new SecretKeyring(key, List.of());

    @Test
    void roundTripsAndNamesTheKey() {
        String sealed = keyring.encrypt("amzn1.oa2-cs.v1.secret-value");

        assertTrue(sealed.startsWith("gcm1:" + keyring.currentKeyId() + ":"));
        assertFalse(sealed.contains("secret-value"));
        assertEquals("amzn1.oa2-cs.v1.secret-value", keyring.decrypt(sealed));
    }

    @Test
    void everyEncryptionUsesAFreshNonce() {
        assertNotEquals(keyring.encrypt("same"), keyring.encrypt("same"));
    }

    @Test
    void tamperingIsDetectedWithoutRevealingTheValue() {
        String sealed = keyring.encrypt("Atzr|refresh-token");
        byte[] bytes = Base64.getDecoder().decode(sealed.substring(sealed.lastIndexOf(':') + 1));
        bytes[bytes.length - 1] ^= 1;
        String tampered = sealed.substring(0, sealed.lastIndexOf(':') + 1) + Base64.getEncoder().encodeToString(bytes);

        IllegalStateException e = assertThrows(IllegalStateException.class, () -> keyring.decrypt(tampered));
        assertFalse(e.getMessage().contains("refresh-token"));
    }

    @Test
    void aRotatedKeyringStillOpensOldValuesAndSealsWithTheNewKey() {
        String old = keyring.encrypt("old secret");
        SecretKeyring rotated = new SecretKeyring(SecretKeyring.newKey(), List.of(key));

        assertEquals("old secret", rotated.decrypt(old));
        assertTrue(rotated.needsReencryption(old));
        assertFalse(rotated.needsReencryption(rotated.encrypt("new")));
    }

    @Test
    void anUnknownKeyIsNamedInTheError() {
        String sealed = keyring.encrypt("value");
        SecretKeyring other = new SecretKeyring(SecretKeyring.newKey(), List.of());

        IllegalStateException e = assertThrows(IllegalStateException.class, () -> other.decrypt(sealed));
        assertTrue(e.getMessage().contains(keyring.currentKeyId()));
    }

    @Test
    void keysMustBe256Bits() {
        assertThrows(IllegalArgumentException.class,
                () -> SecretKeyring.decodeKey(Base64.getEncoder().encodeToString(new byte[16])));
        assertEquals(32, SecretKeyring.decodeKey(Base64.getEncoder().encodeToString(new byte[32])).length);
    }
}
