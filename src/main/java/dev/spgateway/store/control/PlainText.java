package dev.spgateway.store.control;

import dev.spgateway.api.control.ParameterRules;
import dev.spgateway.store.entity.StoreLabel;

/**
 * Free-text parameters the store methods keep (labels, idempotency keys), checked again where they are kept:
 * at most as long as their column, and text only, because control characters (PostgreSQL refuses NUL outright)
 * and lone surrogates would be refused or mangled by the database after the live Amazon check.
 */
public final class PlainText {

    public static final String CUSTOM_LABEL = "custom_label";

    private PlainText() {
    }

    /** The value as given, or 109 naming the parameter and the limit (the API's own rules for text). */
    public static String checked(String parameter, String value, int maxLength) {
        return ParameterRules.characters(parameter, ParameterRules.length(parameter, value, maxLength));
    }

    /** A store's label; the empty text, which removes it, passes. */
    public static String label(String value) {
        return checked(CUSTOM_LABEL, value, StoreLabel.MAX_LENGTH);
    }
}
