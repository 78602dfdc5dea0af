package dev.spgateway.product.control;

import dev.spgateway.secrets.control.SecretKeyring;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Cursors with any contents, sealed as the gateway of the given secrets key would seal them: to show that a
 * correctly sealed cursor is still held to the rules of start and count.
 */
public final class ForgedCursors {

    private ForgedCursors() {
    }

    public static String sealed(byte[] secretsKey, String storeKey, String json) {
        PageCursors cursors = new PageCursors(new SecretKeyring(secretsKey, List.of()).derivedKeys(PageCursors.PURPOSE));
        return cursors.seal(json.getBytes(StandardCharsets.UTF_8), storeKey);
    }
}
