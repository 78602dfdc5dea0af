package dev.spgateway.amazon.control;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Amazon's production endpoints, or its sandbox endpoints that answer the models' static cases. */
public enum SpApiEnvironment {
    PRODUCTION, SANDBOX;

    public static Optional<SpApiEnvironment> parse(String value) {
        return Arrays.stream(values()).filter(e -> e.wireName().equals(value)).findFirst();
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
