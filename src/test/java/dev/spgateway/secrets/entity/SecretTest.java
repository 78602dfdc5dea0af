package dev.spgateway.secrets.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SecretTest {

    @Test
    void showsOnlyTheLastFourCharacters() {
        Secret secret = Secret.of("amzn1.oa2-cs.v1.abcdef123456");

        assertEquals("********3456", secret.masked());
        assertEquals("********3456", secret.toString());
        assertFalse(String.valueOf(secret).contains("abcdef"));
    }

    @Test
    void shortValuesAreMaskedWhole() {
        assertEquals("******", Secret.of("abc123").masked());
    }

    @Test
    void comparesByValue() {
        assertTrue(Secret.of("x1").sameAs(Secret.of("x1")));
        assertFalse(Secret.of("x1").sameAs(Secret.of("x2")));
    }
}
