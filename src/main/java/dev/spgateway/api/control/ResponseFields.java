package dev.spgateway.api.control;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * API2Cart's {@code response_fields}: a brace tree such as {@code {return_code,result{product{id,name}}}}
 * naming the parts of the answer to keep; {@code *} keeps everything at its level. Lists are filtered
 * element by element.
 */
public final class ResponseFields {

    private static final int MAX_LENGTH = 4000;

    /** Selected names and their sub-selections; a null sub-selection keeps the whole value. */
    private final Map<String, ResponseFields> children;
    private final boolean all;

    private ResponseFields(Map<String, ResponseFields> children, boolean all) {
        this.children = children;
        this.all = all;
    }

    public static Optional<ResponseFields> parse(Optional<String> text) {
        return text.map(String::trim).filter(t -> !t.isEmpty()).map(ResponseFields::parse);
    }

    public static ResponseFields parse(String text) {
        if (text.length() > MAX_LENGTH) {
            throw ApiException.incorrect("response_fields", "longer than " + MAX_LENGTH + " characters");
        }
        Parser parser = new Parser(text.replaceAll("\\s+", ""));
        ResponseFields fields = parser.block();
        if (!parser.atEnd()) {
            throw parser.error();
        }
        return fields;
    }

    /** Whether the top level names this key (or takes everything). */
    public boolean selects(String name) {
        return all || children.containsKey(name);
    }

    /** The selection below {@code name}, or null when the whole value is kept. */
    public ResponseFields below(String name) {
        return all ? null : children.get(name);
    }

    public Object apply(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> kept = new LinkedHashMap<>();
            map.forEach((key, child) -> {
                String name = String.valueOf(key);
                if (selects(name)) {
                    ResponseFields sub = below(name);
                    kept.put(name, sub == null ? child : sub.apply(child));
                }
            });
            return kept;
        }
        if (value instanceof List<?> list) {
            return list.stream().map(this::apply).toList();
        }
        return value;
    }

    private static final class Parser {

        private final String text;
        private int position;

        Parser(String text) {
            this.text = text;
        }

        ResponseFields block() {
            expect('{');
            Map<String, ResponseFields> children = new LinkedHashMap<>();
            boolean all = false;
            do {
                if (peek() == '*') {
                    position++;
                    all = true;
                    continue;
                }
                String name = name();
                children.put(name, peek() == '{' ? block() : null);
            } while (accept(','));
            expect('}');
            return new ResponseFields(children, all);
        }

        private String name() {
            int start = position;
            while (position < text.length() && isNameChar(text.charAt(position))) {
                position++;
            }
            if (start == position) {
                throw error();
            }
            return text.substring(start, position);
        }

        private static boolean isNameChar(char c) {
            return Character.isLetterOrDigit(c) || c == '_' || c == '-';
        }

        private char peek() {
            return position < text.length() ? text.charAt(position) : '\0';
        }

        private boolean accept(char c) {
            if (peek() == c) {
                position++;
                return true;
            }
            return false;
        }

        private void expect(char c) {
            if (!accept(c)) {
                throw error();
            }
        }

        boolean atEnd() {
            return position == text.length();
        }

        ApiException error() {
            return ApiException.incorrect("response_fields", "expected a brace list such as "
                    + "{result{product{id,name}}}, unexpected input at position " + position);
        }
    }
}
