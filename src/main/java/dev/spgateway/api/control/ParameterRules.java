package dev.spgateway.api.control;

import java.util.regex.Pattern;

/**
 * The checks a parameter value passes before a method may use it: the JSON type that carried it, its
 * length and its characters. Each refusal is one 109 naming the parameter and the limit, and never repeats
 * the value, which may be a secret.
 */
public final class ParameterRules {

    /** Labels land in VARCHAR(200) columns. */
    public static final int MAX_LABEL_LENGTH = 200;
    /** Text parameters without a tighter limit of their own; longer than any value a method can use. */
    public static final int MAX_TEXT_LENGTH = 4000;

    private static final Pattern DIGITS = Pattern.compile("-?[0-9]{1,30}");
    private static final int LONGEST_LONG = 18;

    private ParameterRules() {
    }

    /** A string value, trimmed of surrounding blanks; empty when it held nothing else. */
    public static String text(String name, ParameterValue value, int maxLength) {
        if (value.kind() != ParameterValue.Kind.TEXT) {
            throw ApiException.incorrect(name, "must be a string, not " + value.kind().described());
        }
        return characters(name, length(name, trim(value.text()), maxLength));
    }

    public static String length(String name, String text, int maxLength) {
        if (text.length() > maxLength) {
            throw ApiException.incorrect(name, "at most " + maxLength + " characters (" + text.length() + " given)");
        }
        return text;
    }

    /** No control characters (NUL, escape, DEL, C1 …) and nothing that is not Unicode text. */
    public static String characters(String name, String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c)) {
                throw ApiException.incorrect(name, "control characters are not allowed (" + codePoint(c)
                        + " at character " + (i + 1) + ")");
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c) || c == '\uFFFE' || c == '\uFFFF') {
                throw ApiException.incorrect(name, "not a Unicode character (" + codePoint(c) + " at character "
                        + (i + 1) + ")");
            }
        }
        return text;
    }

    /** Identifiers and keys: printable ASCII, from space to tilde. */
    public static String printableAscii(String name, String text, int maxLength) {
        length(name, text, maxLength);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c > 0x7E) {
                throw ApiException.incorrect(name, "at most " + maxLength + " printable ASCII characters ("
                        + codePoint(c) + " at character " + (i + 1) + ")");
            }
        }
        return text;
    }

    public static long wholeNumber(String name, ParameterValue value, long min, long max) {
        if (value.kind() != ParameterValue.Kind.TEXT && value.kind() != ParameterValue.Kind.NUMBER) {
            throw ApiException.incorrect(name, "must be a whole number, not " + value.kind().described());
        }
        String text = trim(value.text());
        if (!DIGITS.matcher(text).matches()) {
            throw ApiException.incorrect(name, "must be a whole number between " + min + " and " + max);
        }
        String digits = text.startsWith("-") ? text.substring(1) : text;
        long number = digits.length() > LONGEST_LONG ? (text.startsWith("-") ? Long.MIN_VALUE : Long.MAX_VALUE)
                : Long.parseLong(text);
        if (number < min || number > max) {
            throw ApiException.incorrect(name, "must be between " + min + " and " + max);
        }
        return number;
    }

    public static boolean bool(String name, ParameterValue value) {
        if (value.kind() == ParameterValue.Kind.ARRAY || value.kind() == ParameterValue.Kind.OBJECT) {
            throw ApiException.incorrect(name, "must be true or false, not " + value.kind().described());
        }
        return switch (trim(value.text()).toLowerCase(java.util.Locale.ROOT)) {
            case "true", "1", "yes" -> true;
            case "false", "0", "no" -> false;
            default -> throw ApiException.incorrect(name, "must be true or false");
        };
    }

    /** Blanks around a value are dropped; control characters stay, to be refused rather than hidden. */
    public static String trim(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && isBlank(text.charAt(start))) {
            start++;
        }
        while (end > start && isBlank(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(start, end);
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t' || c == '\r' || c == '\n';
    }

    private static String codePoint(char c) {
        return String.format(java.util.Locale.ROOT, "U+%04X", (int) c);
    }
}
