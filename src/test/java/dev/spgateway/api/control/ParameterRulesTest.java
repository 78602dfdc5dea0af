package dev.spgateway.api.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.StringLength;

class ParameterRulesTest {

    @Property
    void textWithoutControlCharactersWithinTheLimitIsKeptAsTrimmed(@ForAll("printable") String text) {
        String given = " \t" + text + "\r\n";

        assertEquals(text.replaceAll("^ +| +$", ""), ParameterRules.text("p", ParameterValue.text(given), 200));
    }

    @Property
    void anyControlCharacterAnywhereIsRefused(@ForAll("printable") String text, @ForAll("controls") char control,
            @ForAll("positions") double where) {
        int at = (int) (where * text.length());
        String given = text.substring(0, at) + control + text.substring(at);

        ApiException e = assertThrows(ApiException.class,
                () -> ParameterRules.text("p", ParameterValue.text(given), 200));
        assertEquals(ReturnCode.INCORRECT_PARAMETER, e.returnCode());
    }

    @Property
    void aTooLongValueNamesTheLimitAndItsLength(@ForAll @StringLength(min = 201, max = 2000) String text) {
        String given = "x" + text.replaceAll("\\s", "y") + "x";

        ApiException e = assertThrows(ApiException.class,
                () -> ParameterRules.text("custom_label", ParameterValue.text(given), 200));
        assertEquals("Incorrect parameter 'custom_label': at most 200 characters (" + given.length() + " given)",
                e.getMessage());
    }

    @Property
    void wholeNumbersInRangeAreReadAndAllOthersRefused(@ForAll long number) {
        ParameterValue value = ParameterValue.text(Long.toString(number));
        if (number >= 0 && number <= 250) {
            assertEquals(number, ParameterRules.wholeNumber("count", value, 0, 250));
        } else {
            assertEquals("Incorrect parameter 'count': must be between 0 and 250", assertThrows(ApiException.class,
                    () -> ParameterRules.wholeNumber("count", value, 0, 250)).getMessage());
        }
    }

    @Provide
    Arbitrary<String> printable() {
        Arbitrary<Character> letters = Arbitraries.chars().range(' ', '~');
        Arbitrary<Character> unicode = Arbitraries.chars().range('\u00a0', '\ud7ff');
        return Combinators.combine(letters.list().ofMaxSize(60), unicode.list().ofMaxSize(20))
                .as((a, b) -> {
                    StringBuilder text = new StringBuilder();
                    a.forEach(text::append);
                    b.forEach(text::append);
                    return text.toString();
                })
                .filter(text -> text.length() <= 190);
    }

    @Provide
    Arbitrary<Character> controls() {
        return Arbitraries.oneOf(Arbitraries.chars().range('\u0000', '\u0008'), Arbitraries.chars().range('\u000b',
                '\u000c'), Arbitraries.chars().range('\u000e', '\u001f'), Arbitraries.chars().range('\u007f', '\u009f'));
    }

    @Provide
    Arbitrary<Double> positions() {
        return Arbitraries.doubles().between(0, 1).filter(d -> d < 1);
    }
}
