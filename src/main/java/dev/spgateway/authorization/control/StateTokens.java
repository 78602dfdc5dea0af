package dev.spgateway.authorization.control;

import dev.spgateway.account.control.ApiKeyHasher;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * The {@code state} of an authorization: 256 random bits, URL-safe. Only its SHA-256 hash is stored, so a
 * copy of the database cannot complete anyone's authorization; the state is long and random, so a fast hash
 * is enough, as for API keys.
 */
public final class StateTokens {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int STATE_BYTES = 32;
    /** What {@link #newState()} produces; anything else is refused before the database is asked. */
    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9_-]{43}");

    private StateTokens() {
    }

    public static String newState() {
        byte[] bytes = new byte[STATE_BYTES];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public static String hash(String state) {
        return ApiKeyHasher.hash(state);
    }

    public static boolean wellFormed(String state) {
        return state != null && SHAPE.matcher(state).matches();
    }
}
