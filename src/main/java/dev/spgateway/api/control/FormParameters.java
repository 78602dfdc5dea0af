package dev.spgateway.api.control;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code name=value&…} as in query strings and form bodies, percent-decoded strictly: a bad escape, bytes
 * that are not UTF-8 or a name given twice are 109 instead of being replaced, dropped or joined.
 */
final class FormParameters {

    /**
     * Where the text came from, which tells what a character beyond ASCII stands for: in a query string a byte
     * the client sent without encoding it (read as ISO-8859-1), in a form body a character of its UTF-8 text.
     */
    enum Source {
        QUERY("query string"), FORM("form body");

        private final String described;

        Source(String described) {
            this.described = described;
        }
    }

    private FormParameters() {
    }

    static Map<String, ParameterValue> parse(String text, Source source) {
        Map<String, ParameterValue> parameters = new LinkedHashMap<>();
        for (String pair : text.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = name(eq < 0 ? pair : pair.substring(0, eq), source);
            if (name.isEmpty()) {
                continue;
            }
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1), source, name);
            if (parameters.put(name, ParameterValue.text(value)) != null) {
                throw ApiException.incorrect(name, "given more than once in the " + source.described);
            }
        }
        return parameters;
    }

    private static String name(String encoded, Source source) {
        String name;
        try {
            name = decode(encoded, source, null);
        } catch (ApiException notText) {
            throw malformedName(source);
        }
        if (name.chars().anyMatch(Character::isISOControl)) {
            throw malformedName(source);
        }
        return name;
    }

    private static ApiException malformedName(Source source) {
        return new ApiException(ReturnCode.INCORRECT_PARAMETER,
                "Malformed " + source.described + ": a parameter name is not valid percent-encoded UTF-8 text");
    }

    /** Percent-decodes as UTF-8; {@code +} is a space. */
    static String decode(String text, Source source, String name) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '+') {
                bytes.write(' ');
            } else if (c == '%') {
                int high = i + 2 < text.length() ? hex(text.charAt(i + 1)) : -1;
                int low = high < 0 ? -1 : hex(text.charAt(i + 2));
                if (low < 0) {
                    throw incorrect(name, "a percent sign is not followed by two hex digits");
                }
                bytes.write(high << 4 | low);
                i += 2;
            } else if (c < 0x80 || source == Source.QUERY && c <= 0xFF) {
                bytes.write(c);
            } else {
                int end = Character.isHighSurrogate(c) && i + 1 < text.length() ? i + 2 : i + 1;
                bytes.writeBytes(text.substring(i, end).getBytes(StandardCharsets.UTF_8));
                i = end - 1;
            }
        }
        return RequestParameters.utf8(bytes.toByteArray())
                .orElseThrow(() -> incorrect(name, "not valid UTF-8 once percent-decoded"));
    }

    private static int hex(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        return c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
    }

    private static ApiException incorrect(String name, String why) {
        return name == null ? new ApiException(ReturnCode.INCORRECT_PARAMETER, why) : ApiException.incorrect(name, why);
    }
}
