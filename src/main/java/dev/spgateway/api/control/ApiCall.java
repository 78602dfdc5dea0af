package dev.spgateway.api.control;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One API call: the method name, the caller's keys and the parameters merged from query string, form and
 * JSON body. The typed getters are the only way to a parameter's value, so every value a method uses has
 * passed {@link ParameterRules}: bad input becomes API2Cart's 109 (incorrect) or 114 (missing) before the
 * method does anything with it.
 */
public final class ApiCall {

    /** Store keys are 48 hex digits; the column holds 64. */
    public static final int MAX_STORE_KEY_LENGTH = 64;
    static final int MAX_API_KEY_LENGTH = 256;

    private final String method;
    private final ParameterValue apiKey;
    private final ParameterValue storeKey;
    private final Map<String, ParameterValue> parameters;

    public ApiCall(String method, ParameterValue apiKey, ParameterValue storeKey,
            Map<String, ParameterValue> parameters) {
        if (method == null || method.isBlank()) {
            throw new IllegalArgumentException("method is required");
        }
        this.method = method;
        this.apiKey = apiKey;
        this.storeKey = storeKey;
        this.parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    }

    /** A call whose keys and parameters all came as text (a query string or a form). */
    public ApiCall(String method, String apiKey, String storeKey, Map<String, String> parameters) {
        this(method, textOrNull(apiKey), textOrNull(storeKey), asText(parameters));
    }

    public String method() {
        return method;
    }

    /** The API key; a malformed one is refused as incorrect (2) without being looked up. */
    public Optional<String> apiKey() {
        if (apiKey == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(ParameterRules.text("api_key", apiKey, MAX_API_KEY_LENGTH)).filter(k -> !k.isEmpty());
        } catch (ApiException malformed) {
            throw new ApiException(ReturnCode.INCORRECT_API_KEY);
        }
    }

    public Optional<String> storeKey() {
        if (storeKey == null) {
            return Optional.empty();
        }
        String key = ParameterRules.text("store_key", storeKey, MAX_STORE_KEY_LENGTH);
        return Optional.of(ParameterRules.printableAscii("store_key", key, MAX_STORE_KEY_LENGTH))
                .filter(k -> !k.isEmpty());
    }

    public Set<String> parameterNames() {
        return parameters.keySet();
    }

    /** A string of at most {@link ParameterRules#MAX_TEXT_LENGTH} characters, trimmed; blank is absent. */
    public Optional<String> optional(String name) {
        return text(name, ParameterRules.MAX_TEXT_LENGTH);
    }

    public Optional<String> text(String name, int maxLength) {
        return value(name).map(value -> ParameterRules.text(name, value, maxLength)).filter(t -> !t.isEmpty());
    }

    public String required(String name) {
        return optional(name).orElseThrow(() -> ApiException.missing(name));
    }

    /** A name a client gives (such as {@code custom_label}): at most 200 characters, no control characters. */
    public Optional<String> label(String name) {
        return text(name, ParameterRules.MAX_LABEL_LENGTH);
    }

    /** A client's key or identifier (such as {@code idempotency_key}): printable ASCII, bounded. */
    public Optional<String> key(String name, int maxLength) {
        return text(name, maxLength).map(text -> ParameterRules.printableAscii(name, text, maxLength));
    }

    /** A JSON object, sent as one in a JSON body or as its text; answered as JSON text. */
    public Optional<String> jsonObject(String name) {
        return value(name).map(value -> switch (value.kind()) {
            case OBJECT -> value.text();
            case TEXT -> value.text().trim();
            default -> throw ApiException.incorrect(name, "must be a JSON object, not " + value.kind().described());
        }).filter(text -> !text.isEmpty());
    }

    public boolean bool(String name, boolean defaultValue) {
        return optionalBool(name).orElse(defaultValue);
    }

    public Optional<Boolean> optionalBool(String name) {
        return nonBlank(name).map(value -> ParameterRules.bool(name, value));
    }

    public int integer(String name, int defaultValue, int min, int max) {
        return nonBlank(name).map(value -> (int) ParameterRules.wholeNumber(name, value, min, max))
                .orElse(defaultValue);
    }

    private Optional<ParameterValue> value(String name) {
        return Optional.ofNullable(parameters.get(name));
    }

    private Optional<ParameterValue> nonBlank(String name) {
        return value(name).filter(value -> value.kind() != ParameterValue.Kind.TEXT || !value.text().isBlank());
    }

    private static ParameterValue textOrNull(String text) {
        return text == null ? null : ParameterValue.text(text);
    }

    private static Map<String, ParameterValue> asText(Map<String, String> parameters) {
        Map<String, ParameterValue> values = new LinkedHashMap<>();
        parameters.forEach((name, text) -> values.put(name, ParameterValue.text(text)));
        return values;
    }
}
