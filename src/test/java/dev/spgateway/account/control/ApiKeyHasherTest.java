package dev.spgateway.account.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ApiKeyHasherTest {

    @Test
    void hashIsSha256InLowerCaseHex() {
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", ApiKeyHasher.hash("abc"));
    }

    @Test
    void matchesOnlyTheSameKey() {
        String hash = ApiKeyHasher.hash("my-secret-api-key-1");

        assertTrue(ApiKeyHasher.matches("my-secret-api-key-1", hash));
        assertFalse(ApiKeyHasher.matches("my-secret-api-key-2", hash));
        assertFalse(ApiKeyHasher.matches("my-secret-api-key-1", "not hex"));
    }

    @Test
    void newKeysAreLongAndDistinct() {
        String first = ApiKeyHasher.newKey();

        assertEquals(48, first.length());
        assertNotEquals(first, ApiKeyHasher.newKey());
    }
}
