package dev.spgateway.store.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spgateway.api.control.ApiException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IdempotentReplaysTest {

    private static final String METHOD = "account.config.update";
    private static final String SECRET = "amzn1.oa2-cs.v1.fingerprinted-secret";

    @Test
    void theSameRequestHasTheSameFingerprintWhateverTheOrderOfItsParameters() {
        Map<String, String> first = new LinkedHashMap<>();
        first.put("amazon_sp_client_secret", SECRET);
        first.put("verify", "true");
        Map<String, String> reordered = new LinkedHashMap<>();
        reordered.put("verify", "true");
        reordered.put("amazon_sp_client_secret", SECRET);

        assertEquals(IdempotentReplays.fingerprint(METHOD, "store-x", first),
                IdempotentReplays.fingerprint(METHOD, "store-x", reordered));
    }

    @Test
    void anotherStoreMethodOrValueIsAnotherRequest() {
        Map<String, String> parameters = Map.of("amazon_sp_client_secret", SECRET);
        String fingerprint = IdempotentReplays.fingerprint(METHOD, "store-x", parameters);

        assertNotEquals(fingerprint, IdempotentReplays.fingerprint(METHOD, "store-y", parameters));
        assertNotEquals(fingerprint, IdempotentReplays.fingerprint("account.cart.add", "store-x", parameters));
        assertNotEquals(fingerprint, IdempotentReplays.fingerprint(METHOD, "store-x",
                Map.of("amazon_sp_client_secret", SECRET + "2")));
        assertNotEquals(fingerprint, IdempotentReplays.fingerprint(METHOD, "store-x",
                Map.of("amazon_sp_client_secret", SECRET, "custom_label", "")));
    }

    @Test
    void partsCannotBeShiftedFromNameToValue() {
        assertNotEquals(IdempotentReplays.fingerprint(METHOD, "s", Map.of("ab", "c")),
                IdempotentReplays.fingerprint(METHOD, "s", Map.of("a", "bc")));
        assertNotEquals(IdempotentReplays.fingerprint(METHOD, "s", Map.of("a", "b", "c", "d")),
                IdempotentReplays.fingerprint(METHOD, "s", Map.of("a", "b\u0000c\u0000d")));
    }

    @Test
    void theFingerprintKeepsNoValue() {
        String fingerprint = IdempotentReplays.fingerprint(METHOD, "store-x", Map.of("amazon_sp_client_secret", SECRET));

        assertTrue(fingerprint.matches("[0-9a-f]{64}"), fingerprint);
        assertFalse(fingerprint.contains("fingerprinted"));
    }

    @Test
    void aKeyOfTwoHundredCharactersIsAccepted() {
        assertEquals("k".repeat(200), IdempotentReplays.checkedKey("k".repeat(200)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"rotation\u0000-1", "rotation\n1", "tab\there", "del\u007f", "lone\ud800surrogate"})
    void aKeyWithControlCharactersIs109(String key) {
        ApiException refused = assertThrows(ApiException.class, () -> IdempotentReplays.checkedKey(key));

        assertEquals(109, refused.returnCode().code());
        assertTrue(refused.getMessage().contains("idempotency_key"), refused.getMessage());
    }

    @Test
    void aLongerKeyIs109NamingTheLimit() {
        ApiException refused = assertThrows(ApiException.class, () -> IdempotentReplays.checkedKey("k".repeat(201)));

        assertEquals(109, refused.returnCode().code());
        assertTrue(refused.getMessage().contains("200"), refused.getMessage());
    }

    @Test
    void labelsFollowTheirColumnAndMayBeEmptyToRemoveTheLabel() {
        assertEquals("Café Shop \uD83D\uDED2", PlainText.label("Café Shop \uD83D\uDED2"));
        assertEquals("", PlainText.label(""));
        assertEquals("x".repeat(200), PlainText.label("x".repeat(200)));
        assertEquals(109, assertThrows(ApiException.class, () -> PlainText.label("x".repeat(201)))
                .returnCode().code());
        ApiException nul = assertThrows(ApiException.class, () -> PlainText.label("shop\u0000"));
        assertTrue(nul.getMessage().contains("custom_label"), nul.getMessage());
    }
}
