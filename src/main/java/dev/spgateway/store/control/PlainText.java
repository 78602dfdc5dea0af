package dev.spgateway.store.control;

import dev.spgateway.api.control.ApiException;
import dev.spgateway.store.entity.StoreLabel;

/**
 * Free-text parameters the store methods keep (labels, idempotency keys): at most as long as their column,
 * and text only, because control characters (PostgreSQL refuses NUL outright) and lone surrogates would be
 * refused or mangled by the database after the live Amazon check.
 */
public final class PlainText {

    public static final String CUSTOM_LABEL = "custom_label";

    private PlainText() {
    }

    /** The value as given, or 109 naming the parameter and the limit. */
    public static String checked(String parameter, String value, int maxLength) {
        if (value.length() > maxLength || !plain(value)) {
            throw ApiException.incorrect(parameter, "expected at most " + maxLength
                    + " characters, without control characters");
        }
        return value;
    }

    /** A store's label; the empty text, which removes it, passes. */
    public static String label(String value) {
        return checked(CUSTOM_LABEL, value, StoreLabel.MAX_LENGTH);
    }

    static boolean plain(String value) {
        // a paired surrogate reads as one supplementary code point, so a surrogate seen here is a lone one
        return value.codePoints().noneMatch(c -> Character.isISOControl(c)
                || c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE);
    }
}
