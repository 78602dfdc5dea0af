package dev.spgateway.product.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spgateway.api.control.ApiException;
import dev.spgateway.api.control.ReturnCode;
import dev.spgateway.secrets.control.SecretKeyring;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class PageCursorTest {

    private static final String STORE = "0123456789abcdef0123456789abcdef0123456789abcdef";
    private static final String OTHER_STORE = "fedcba9876543210fedcba9876543210fedcba9876543210";
    private static final String MESSAGE = "Incorrect parameter 'page_cursor': not a cursor this gateway issued;"
            + " use pagination.next or pagination.previous of an earlier answer";

    private final byte[] installationKey = SecretKeyring.newKey();
    private final PageCursors cursors = cursorsOf(installationKey);

    @Property
    void aSealedCursorOpensForItsStoreAsItWas(@ForAll("cursors") PageCursor cursor) {
        String token = cursors.seal(cursor, STORE);

        assertTrue(token.matches("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+"), token);
        assertEquals(cursor, cursors.open(token, STORE));
    }

    @Property
    void changingAnyCharacterOfACursorMakesIt109(@ForAll("cursors") PageCursor cursor,
            @ForAll @IntRange(min = 0, max = 10_000) int position, @ForAll("base64url") char replacement) {
        String token = cursors.seal(cursor, STORE);
        int at = position % token.length();
        String changed = token.substring(0, at) + replacement + token.substring(at + 1);
        if (!changed.equals(token) && !sameBytes(token, changed)) {
            assertNotACursor(() -> cursors.open(changed, STORE));
        }
    }

    @Property
    void aCursorOfAnotherStoreOrAnotherInstallationIs109(@ForAll("cursors") PageCursor cursor) {
        assertNotACursor(() -> cursors.open(cursors.seal(cursor, OTHER_STORE), STORE));
        assertNotACursor(() -> cursors.open(cursorsOf(SecretKeyring.newKey()).seal(cursor, STORE), STORE));
    }

    @Example
    void instancesSharingTheSecretsKeyAcceptEachOthersCursorsAlsoAfterARotation() {
        PageCursor cursor = new PageCursor(20, 10, Map.of("sku", "A-1"));
        String sealed = cursors.seal(cursor, STORE);

        assertEquals(cursor, cursorsOf(installationKey).open(sealed, STORE));
        SecretKeyring rotated = new SecretKeyring(SecretKeyring.newKey(), List.of(installationKey));
        assertEquals(cursor, new PageCursors(rotated.derivedKeys(PageCursors.PURPOSE)).open(sealed, STORE));
    }

    @Example
    void aCursorSealedCorrectlyIsStillCheckedAgainstTheRulesOfStartAndCount() {
        for (String json : new String[] {"{\"s\":0,\"c\":100000,\"f\":{}}", "{\"s\":-5,\"c\":10,\"f\":{}}",
                "{\"s\":0,\"c\":0,\"f\":{}}", "{\"s\":2147483648,\"c\":10,\"f\":{}}", "{\"s\":1.5,\"c\":10,\"f\":{}}",
                "{\"s\":0,\"c\":10,\"f\":{\"secret\":\"x\"}}", "{\"s\":0,\"c\":10,\"f\":{\"sku\":1}}",
                "{\"s\":0,\"c\":10,\"f\":{},\"x\":1}", "{\"s\":0,\"c\":10}", "[1]", "not json"}) {
            assertNotACursor(() -> cursors.open(sealedByHand(json), STORE));
        }
    }

    @Example
    void theUnsignedCursorsOfEarlierVersionsAndGarbageAre109() {
        String unsigned = Base64.getUrlEncoder().withoutPadding()
                .encodeToString("{\"s\":0,\"c\":100000,\"f\":{}}".getBytes(StandardCharsets.UTF_8));
        for (String bad : new String[] {unsigned, "not a cursor", "e30", ".", "e30.", ".e30", "e30.e30.e30",
                "x".repeat(PageCursors.MAX_LENGTH + 1)}) {
            assertNotACursor(() -> cursors.open(bad, STORE));
        }
    }

    @Example
    void aPageOutsideTheRulesCannotBeMade() {
        assertThrows(IllegalArgumentException.class, () -> new PageCursor(-1, 10, Map.of()));
        assertThrows(IllegalArgumentException.class, () -> new PageCursor(0, 251, Map.of()));
        assertThrows(IllegalArgumentException.class, () -> new PageCursor(0, 0, Map.of()));
        assertThrows(IllegalArgumentException.class, () -> new PageCursor(0, 10, Map.of("api_key", "x")));
    }

    @Provide
    Arbitrary<PageCursor> cursors() {
        Arbitrary<Map<String, String>> filters = Arbitraries.maps(Arbitraries.of("sku", "find_value", "status",
                "sort_by"), Arbitraries.strings().ofMaxLength(30)).ofMaxSize(3);
        return Combinators.combine(Arbitraries.integers().between(0, Integer.MAX_VALUE),
                Arbitraries.integers().between(1, ProductRequest.MAX_COUNT), filters).as(PageCursor::new);
    }

    @Provide
    Arbitrary<Character> base64url() {
        return Arbitraries.of("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.".toCharArray());
    }

    private String sealedByHand(String json) {
        return ForgedCursors.sealed(installationKey, STORE, json);
    }

    /** Base64 without padding ignores the low bits of a last character: two spellings of the same bytes. */
    private static boolean sameBytes(String token, String changed) {
        try {
            return java.util.Arrays.equals(bytes(token), bytes(changed));
        } catch (IllegalArgumentException notBase64) {
            return false;
        }
    }

    private static byte[] bytes(String token) {
        String[] parts = token.split("\\.", -1);
        if (parts.length != 2) {
            throw new IllegalArgumentException("not two parts");
        }
        byte[] a = Base64.getUrlDecoder().decode(parts[0]);
        byte[] b = Base64.getUrlDecoder().decode(parts[1]);
        byte[] all = java.util.Arrays.copyOf(a, a.length + 1 + b.length);
        System.arraycopy(b, 0, all, a.length + 1, b.length);
        return all;
    }

    private static PageCursors cursorsOf(byte[] key) {
        return new PageCursors(new SecretKeyring(key, List.of()).derivedKeys(PageCursors.PURPOSE));
    }

    private static void assertNotACursor(org.junit.jupiter.api.function.Executable open) {
        ApiException e = assertThrows(ApiException.class, open);
        assertEquals(ReturnCode.INCORRECT_PARAMETER, e.returnCode());
        assertEquals(MESSAGE, e.getMessage());
    }
}
