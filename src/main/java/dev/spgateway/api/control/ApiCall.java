package dev.spgateway.api.control;

import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One API call: the method name, the caller's keys and the parameters merged from query string, form and
 * JSON body. Typed getters turn bad input into API2Cart's 109 (incorrect) and 114 (missing).
 */
public final class ApiCall {

    private final String method;
    private final String apiKey;
    private final String storeKey;
    private final Map<String, String> parameters;

    public ApiCall(String method, String apiKey, String storeKey, Map<String, String> parameters) {
        if (method == null || method.isBlank()) {
            throw new IllegalArgumentException("method is required");
        }
        this.method = method;
        this.apiKey = blankToNull(apiKey);
        this.storeKey = blankToNull(storeKey);
        this.parameters = Collections.unmodifiableMap(parameters);
    }

    public String method() {
        return method;
    }

    public Optional<String> apiKey() {
        return Optional.ofNullable(apiKey);
    }

    public Optional<String> storeKey() {
        return Optional.ofNullable(storeKey);
    }

    public Set<String> parameterNames() {
        return parameters.keySet();
    }

    public Optional<String> optional(String name) {
        return Optional.ofNullable(blankToNull(parameters.get(name)));
    }

    public String required(String name) {
        return optional(name).orElseThrow(() -> ApiException.missing(name));
    }

    public boolean bool(String name, boolean defaultValue) {
        return optional(name).map(value -> parseBoolean(name, value)).orElse(defaultValue);
    }

    public int integer(String name, int defaultValue, int min, int max) {
        Optional<String> raw = optional(name);
        if (raw.isEmpty()) {
            return defaultValue;
        }
        try {
            int value = Integer.parseInt(raw.get().trim());
            if (value < min || value > max) {
                throw ApiException.incorrect(name, "must be between " + min + " and " + max);
            }
            return value;
        } catch (NumberFormatException e) {
            throw ApiException.incorrect(name, "must be a whole number");
        }
    }

    private static boolean parseBoolean(String name, String value) {
        return switch (value.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "true", "1", "yes" -> true;
            case "false", "0", "no" -> false;
            default -> throw ApiException.incorrect(name, "must be true or false");
        };
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
