package dev.spgateway.secrets.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** What a sealed value needs of its column, and the keys derived from the ring for other uses. */
class SecretKeyringLimitsTest {

    private static final SecretBinding HERE = new SecretBinding("store_connection", "client_secret",
            "00000000-0000-0000-0000-000000000000");

    private final byte[] key = SecretKeyring.newKey();
    private final SecretKeyring keyring = new SecretKeyring(key, List.of());

    @Property(tries = 300)
    void theSealedLengthIsExactlyWhatEncryptWrites(@ForAll @IntRange(min = 0, max = 3000) int bytes) {
        assertEquals(SecretKeyring.sealedLength(bytes), keyring.seal("s".repeat(bytes), HERE).length());
    }

    @Property(tries = 300)
    void theLongestValueForAColumnFitsItAndOneMoreByteDoesNot(@ForAll @IntRange(min = 60, max = 8000) int column) {
        int longest = SecretKeyring.maxPlaintextBytes(column);

        assertTrue(keyring.seal("s".repeat(longest), HERE).length() <= column);
        assertTrue(keyring.seal("s".repeat(longest + 1), HERE).length() > column);
    }

    @Example
    void theStoreColumnsHold728And1496Bytes() {
        assertEquals(728, SecretKeyring.maxPlaintextBytes(1024));
        assertEquals(1496, SecretKeyring.maxPlaintextBytes(2048));
    }

    @Example
    void derivedKeysAreStablePerPurposeAndRevealNothingOfTheKey() {
        byte[] cursors = keyring.derivedKeys("page cursors").get(0);

        assertArrayEquals(cursors, new SecretKeyring(key.clone(), List.of()).derivedKeys("page cursors").get(0));
        assertFalse(Arrays.equals(cursors, keyring.derivedKeys("webhooks").get(0)));
        assertFalse(Arrays.equals(cursors, key));
        assertEquals(32, cursors.length);
    }

    @Example
    void theCurrentKeysDerivationComesFirstThenThePreviousKeys() {
        byte[] previous = SecretKeyring.newKey();
        List<byte[]> derived = new SecretKeyring(key, List.of(previous)).derivedKeys("page cursors");

        assertEquals(2, derived.size());
        assertArrayEquals(keyring.derivedKeys("page cursors").get(0), derived.get(0));
        assertArrayEquals(new SecretKeyring(previous, List.of()).derivedKeys("page cursors").get(0), derived.get(1));
    }
}
