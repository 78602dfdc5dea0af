package dev.spgateway.e2e;

import jakarta.json.Json;
import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Values a parameter must refuse, by the type of value it takes, each with the ways it can travel: in the
 * query string, a form body or a JSON body. Every kind has a fixed representative (for the table that tries
 * them all) and a random form (for the property that tries many).
 */
final class BadValues {

    static final int HUGE = 100_000;
    static final int LONG = 5_000;
    /** Bytes that are no UTF-8: a lone continuation, a broken pair, an encoded surrogate, an overlong slash. */
    private static final List<String> NOT_UTF8 = List.of("%FF", "%C3%28", "%ED%A0%80", "%C0%AF", "%80", "%F8%88%80%80%80");
    private static final String ALPHABET = "abcXYZ019-_.:|/+ éü漢字€";

    enum Transport { QUERY, FORM, JSON }

    enum Kind {
        EMPTY, ARRAY, OBJECT, NUMBER, BOOLEAN, HUGE, LONG, NUL, CONTROL, LONE_SURROGATE, NOT_UTF8, DUPLICATED,
        NEGATIVE, OVERFLOW, FRACTION, NOT_A_NUMBER, NOT_JSON, FORGED_CURSOR
    }

    /** What a parameter takes, which decides what it must refuse. */
    enum Type { TEXT, KEY, WHOLE_NUMBER, FLAG, CURSOR, JSON_OBJECT }

    /** One value: its JSON text (for a JSON body) and its percent-encoded form (for query and form), sent {@code copies} times. */
    record BadValue(Kind kind, String description, byte[] json, String form, Set<Transport> transports, int copies) {

        @Override
        public String toString() {
            return kind + " " + HostileClient.abbreviated(description) + (copies > 1 ? " (twice)" : "");
        }
    }

    private BadValues() {
    }

    static BadValue text(Kind kind, String value) {
        return text(kind, value, EnumSet.allOf(Transport.class));
    }

    /** A value too long for the request line (64 KiB) travels in bodies only. */
    static BadValue huge(String value) {
        return text(Kind.HUGE, value, EnumSet.of(Transport.FORM, Transport.JSON));
    }

    private static BadValue text(Kind kind, String value, Set<Transport> transports) {
        return new BadValue(kind, Json.createValue(value).toString(), utf8(Json.createValue(value).toString()),
                URLEncoder.encode(value, StandardCharsets.UTF_8), transports, 1);
    }

    static BadValue json(Kind kind, String fragment) {
        return new BadValue(kind, fragment, utf8(fragment), null, EnumSet.of(Transport.JSON), 1);
    }

    static BadValue twice(String value) {
        BadValue once = text(Kind.DUPLICATED, value);
        return new BadValue(Kind.DUPLICATED, once.description(), once.json(), once.form(), once.transports(), 2);
    }

    /** Text around bytes that are not UTF-8: percent-encoded in a query or form, raw inside a JSON string. */
    static BadValue notUtf8(String before, String escapes, String after) {
        ByteArrayOutputStream json = new ByteArrayOutputStream();
        json.writeBytes(utf8("\"" + before));
        for (String escape : escapes.substring(1).split("%")) {
            json.write(Integer.parseInt(escape, 16));
        }
        json.writeBytes(utf8(after + "\""));
        String form = URLEncoder.encode(before, StandardCharsets.UTF_8) + escapes
                + URLEncoder.encode(after, StandardCharsets.UTF_8);
        return new BadValue(Kind.NOT_UTF8, before + escapes + after, json.toByteArray(), form,
                EnumSet.allOf(Transport.class), 1);
    }

    /** One of each kind a parameter of this type must refuse (or, for EMPTY, may take as absent). */
    static List<BadValue> representatives(Type type, CursorForgeries cursors) {
        List<BadValue> values = new ArrayList<>(List.of(text(Kind.EMPTY, ""), json(Kind.ARRAY, "[\"x\"]"),
                json(Kind.OBJECT, "{\"value\":\"x\"}"), huge("x".repeat(HUGE)),
                text(Kind.LONG, "y".repeat(LONG)), text(Kind.NUL, "ab\u0000cd"), text(Kind.CONTROL, "ab\u001bcd"),
                notUtf8("ab", "%FF", "cd"), twice(plausible(type))));
        if (type != Type.FLAG) {
            values.add(json(Kind.BOOLEAN, "true"));
        }
        switch (type) {
            case WHOLE_NUMBER -> values.addAll(List.of(text(Kind.NEGATIVE, "-1"), json(Kind.NEGATIVE, "-2147483649"),
                    text(Kind.OVERFLOW, "2147483648"), json(Kind.OVERFLOW, "1e30"), text(Kind.FRACTION, "1.5"),
                    json(Kind.FRACTION, "2.5"), text(Kind.NOT_A_NUMBER, "ten")));
            case FLAG -> values.addAll(List.of(json(Kind.NUMBER, "2"), text(Kind.NEGATIVE, "-1"),
                    text(Kind.OVERFLOW, "99999999999999999999"), text(Kind.NOT_A_NUMBER, "maybe")));
            default -> values.addAll(List.of(json(Kind.NUMBER, "12345"), json(Kind.LONE_SURROGATE, "\"ab\\ud800cd\"")));
        }
        if (type == Type.JSON_OBJECT) {
            values.add(text(Kind.NOT_JSON, "{not json"));
        }
        if (type == Type.CURSOR) {
            cursors.all().forEach(cursor -> values.add(text(Kind.FORGED_CURSOR, cursor)));
        }
        return values;
    }

    /** A random value of a kind this type must refuse (EMPTY aside, which it may take as absent). */
    static Arbitrary<BadValue> arbitrary(Type type, CursorForgeries cursors) {
        List<Arbitrary<BadValue>> kinds = new ArrayList<>(List.of(Arbitraries.just(text(Kind.EMPTY, " ")),
                jsonValues().map(fragment -> json(fragment.startsWith("[") ? Kind.ARRAY : Kind.OBJECT, fragment)),
                words(HUGE, HUGE).map(BadValues::huge),
                words(4_001, 5_000).map(value -> text(Kind.LONG, value)),
                withInside(controls()).map(value -> text(value.indexOf('\u0000') >= 0 ? Kind.NUL : Kind.CONTROL, value)),
                Combinators.combine(words(0, 20), Arbitraries.of(NOT_UTF8), words(0, 20)).as(BadValues::notUtf8),
                Arbitraries.just(twice(plausible(type)))));
        switch (type) {
            case WHOLE_NUMBER -> {
                kinds.add(Arbitraries.longs().between(Long.MIN_VALUE, -1).map(n -> text(Kind.NEGATIVE, Long.toString(n))));
                kinds.add(Arbitraries.bigIntegers().between(java.math.BigInteger.valueOf(Integer.MAX_VALUE + 1L),
                        java.math.BigInteger.TEN.pow(40)).map(n -> json(Kind.OVERFLOW, n.toString())));
                kinds.add(Arbitraries.doubles().between(-1e6, 1e6).ofScale(3).filter(d -> d != Math.rint(d))
                        .map(d -> text(Kind.FRACTION, Double.toString(d))));
            }
            case FLAG -> kinds.add(Arbitraries.integers().filter(n -> n != 0 && n != 1)
                    .map(n -> json(Kind.NUMBER, Integer.toString(n))));
            default -> kinds.add(Arbitraries.integers().map(n -> json(Kind.NUMBER, Integer.toString(n))));
        }
        if (type == Type.CURSOR) {
            kinds.add(Arbitraries.of(cursors.all()).map(cursor -> text(Kind.FORGED_CURSOR, cursor)));
            kinds.add(Arbitraries.integers().between(0, 10_000).map(at -> text(Kind.FORGED_CURSOR, cursors.tampered(at))));
        }
        return Arbitraries.oneOf(kinds);
    }

    /** A value a parameter of this type would take, sent twice. */
    private static String plausible(Type type) {
        return switch (type) {
            case WHOLE_NUMBER -> "1";
            case FLAG -> "true";
            default -> "x";
        };
    }

    private static Arbitrary<String> words(int min, int max) {
        return Arbitraries.strings().withChars(ALPHABET.toCharArray()).ofMinLength(min).ofMaxLength(max);
    }

    private static Arbitrary<Character> controls() {
        // tab, line feed and carriage return are blanks a value may be trimmed of: not among these
        return Arbitraries.oneOf(Arbitraries.chars().range('\u0000', '\u0008'),
                Arbitraries.chars().range('\u000b', '\u000c'), Arbitraries.chars().range('\u000e', '\u001f'),
                Arbitraries.chars().range('\u007f', '\u009f'));
    }

    private static Arbitrary<String> withInside(Arbitrary<Character> odd) {
        return Combinators.combine(words(1, 30), odd, words(1, 30)).as((a, c, b) -> a + c + b);
    }

    private static Arbitrary<String> jsonValues() {
        return Arbitraries.oneOf(words(0, 10).list().ofMaxSize(3).map(list -> Json.createArrayBuilder(list).build().toString()),
                words(1, 10).map(word -> Json.createObjectBuilder().add(word, word).build().toString()));
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
