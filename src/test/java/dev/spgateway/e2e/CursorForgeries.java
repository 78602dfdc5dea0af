package dev.spgateway.e2e;

import dev.spgateway.product.control.ForgedCursors;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

/**
 * Page cursors a client could make for a store from what it has seen: its own valid cursor changed, another
 * store's cursor, unsealed cursors as earlier versions wrote them, and cursors sealed with the right key
 * (as a stolen key would allow) whose contents break the rules of start and count.
 */
record CursorForgeries(byte[] secretsKey, String storeKey, String ownCursor, String foreignCursor) {

    private static final String OVERSIZED = "{\"s\":0,\"c\":100000,\"f\":{}}";
    private static final String NEGATIVE = "{\"s\":-5,\"c\":10,\"f\":{}}";
    private static final String BEYOND_INT = "{\"s\":2147483648,\"c\":10,\"f\":{}}";
    private static final byte[] ANOTHER_INSTALLATION = new byte[32];

    static {
        Arrays.fill(ANOTHER_INSTALLATION, (byte) 7);
    }

    List<String> all() {
        return List.of(unsealed(OVERSIZED), unsealed(NEGATIVE), sealed(OVERSIZED), sealed(NEGATIVE),
                sealed(BEYOND_INT), ForgedCursors.sealed(ANOTHER_INSTALLATION, storeKey, "{\"s\":0,\"c\":10,\"f\":{}}"),
                foreignCursor, tampered(7), "not.a.cursor");
    }

    String sealed(String json) {
        return ForgedCursors.sealed(secretsKey, storeKey, json);
    }

    static String unsealed(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    /** The own cursor with one character changed; never the last of either part, whose low bits base64 ignores. */
    String tampered(int position) {
        int dot = ownCursor.indexOf('.');
        int[] positions = java.util.stream.IntStream.range(0, ownCursor.length())
                .filter(i -> i != dot && i != dot - 1 && i != ownCursor.length() - 1).toArray();
        int at = positions[position % positions.length];
        char changed = ownCursor.charAt(at) == 'A' ? 'B' : 'A';
        return ownCursor.substring(0, at) + changed + ownCursor.substring(at + 1);
    }
}
