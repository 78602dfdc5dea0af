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

    private static final SecretBinding CLIENT_SECRET_OF_A = new SecretBinding("store_connection", "client_secret", "a");
    private static final SecretBinding CLIENT_SECRET_OF_B = new SecretBinding("store_connection", "client_secret", "b");
    private static final SecretBinding REFRESH_TOKEN_OF_A = new SecretBinding("store_connection", "refresh_token", "a");

    private final byte[] key = SecretKeyring.newKey();
    private final SecretKeyring keyring = new SecretKeyring(key, List.of());

    @Test
    void roundTripsAndNamesTheKey() {
        String sealed = keyring.seal("amzn1.oa2-cs.v1.secret-value", CLIENT_SECRET_OF_A);

        assertTrue(sealed.startsWith("gcm2:" + keyring.currentKeyId() + ":"));
        assertFalse(sealed.contains("secret-value"));
        assertEquals("amzn1.oa2-cs.v1.secret-value", keyring.open(sealed, CLIENT_SECRET_OF_A));
    }

    @Test
    void aValueCopiedIntoAnotherRowOrColumnDoesNotOpen() {
        String sealed = keyring.seal("amzn1.oa2-cs.v1.secret-value", CLIENT_SECRET_OF_A);

        IllegalStateException otherRow = assertThrows(IllegalStateException.class,
                () -> keyring.open(sealed, CLIENT_SECRET_OF_B));
        IllegalStateException otherColumn = assertThrows(IllegalStateException.class,
                () -> keyring.open(sealed, REFRESH_TOKEN_OF_A));
        assertThrows(IllegalStateException.class,
                () -> keyring.open(sealed, new SecretBinding("other_table", "client_secret", "a")));
        assertTrue(otherRow.getMessage().contains("client_secret of row b"), otherRow.getMessage());
        assertTrue(otherColumn.getMessage().contains("another row or column"), otherColumn.getMessage());
        assertFalse(otherRow.getMessage().contains("secret-value"));
    }

    @Test
    void everyEncryptionUsesAFreshNonce() {
        assertNotEquals(keyring.seal("same", CLIENT_SECRET_OF_A), keyring.seal("same", CLIENT_SECRET_OF_A));
    }

    @Test
    void tamperingIsDetectedWithoutRevealingTheValue() {
        String sealed = keyring.seal("Atzr|refresh-token", REFRESH_TOKEN_OF_A);
        byte[] bytes = Base64.getDecoder().decode(sealed.substring(sealed.lastIndexOf(':') + 1));
        bytes[bytes.length - 1] ^= 1;
        String tampered = sealed.substring(0, sealed.lastIndexOf(':') + 1) + Base64.getEncoder().encodeToString(bytes);

        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> keyring.open(tampered, REFRESH_TOKEN_OF_A));
        assertFalse(e.getMessage().contains("refresh-token"));
    }

    @Test
    void aRotatedKeyringStillOpensOldValuesAndSealsWithTheNewKey() {
        String old = keyring.seal("old secret", CLIENT_SECRET_OF_A);
        SecretKeyring rotated = new SecretKeyring(SecretKeyring.newKey(), List.of(key));

        assertEquals("old secret", rotated.open(old, CLIENT_SECRET_OF_A));
        assertThrows(IllegalStateException.class, () -> rotated.open(old, CLIENT_SECRET_OF_B));
        assertTrue(rotated.needsReencryption(old));
        assertFalse(rotated.needsReencryption(rotated.seal("new", CLIENT_SECRET_OF_A)));
    }

    @Test
    void anUnknownKeyIsNamedInTheError() {
        String sealed = keyring.seal("value", CLIENT_SECRET_OF_A);
        SecretKeyring other = new SecretKeyring(SecretKeyring.newKey(), List.of());

        IllegalStateException e = assertThrows(IllegalStateException.class, () -> other.open(sealed, CLIENT_SECRET_OF_A));
        assertTrue(e.getMessage().contains(keyring.currentKeyId()));
    }

    @Test
    void valuesSealedBeforeTheBindingOpenOnlyThroughTheMigrationsDoor() {
        String legacy = UnboundSeal.of(key, "Atzr|legacy-refresh-token");

        assertTrue(SecretKeyring.isUnbound(legacy));
        assertEquals("Atzr|legacy-refresh-token", keyring.openUnbound(legacy));
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> keyring.open(legacy, REFRESH_TOKEN_OF_A));
        assertTrue(refused.getMessage().contains("V8"), refused.getMessage());
        assertThrows(IllegalStateException.class,
                () -> keyring.openUnbound(keyring.seal("bound", REFRESH_TOKEN_OF_A)));
    }

    @Test
    void keysMustBe256Bits() {
        assertThrows(IllegalArgumentException.class,
                () -> SecretKeyring.decodeKey(Base64.getEncoder().encodeToString(new byte[16])));
        assertEquals(32, SecretKeyring.decodeKey(Base64.getEncoder().encodeToString(new byte[32])).length);
    }

    @Test
    void aBindingNamesAPlace() {
        assertThrows(IllegalArgumentException.class, () -> new SecretBinding("store_connection", "", "a"));
        assertThrows(IllegalArgumentException.class, () -> new SecretBinding("store_connection", "client_secret", null));
        assertThrows(IllegalArgumentException.class, () -> new SecretBinding("t", "c", "a\0b"));
    }
}
