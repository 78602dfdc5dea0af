package dev.spgateway.api.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spgateway.api.control.ParameterValue.Kind;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class ApiCallTest {

    private final ApiCall call = new ApiCall("product.list", "key", " ",
            Map.of("count", "25", "verify", "false", "bad", "maybe", "blank", "  ", "label", "  My shop\t"));

    @Test
    void blankValuesCountAsMissingAndValuesAreTrimmed() {
        assertTrue(call.optional("blank").isEmpty());
        assertTrue(call.storeKey().isEmpty());
        assertEquals(Optional.of("My shop"), call.label("label"));
        ApiException e = assertThrows(ApiException.class, () -> call.required("blank"));
        assertEquals(ReturnCode.REQUIRED_PARAMETER_MISSING, e.returnCode());
        assertEquals("Required parameter 'blank' is missing", e.getMessage());
    }

    @Test
    void integersAreRangeChecked() {
        assertEquals(25, call.integer("count", 10, 0, 250));
        assertEquals(10, call.integer("start", 10, 0, 250));
        assertIncorrect("Incorrect parameter 'count': must be between 0 and 20", () -> call.integer("count", 10, 0, 20));
        assertIncorrect("Incorrect parameter 'verify': must be a whole number between 0 and 20",
                () -> call.integer("verify", 10, 0, 20));
    }

    @Test
    void numbersOutsideTheRangeOfTheirTypeAreRangeErrorsNotOverflows() {
        for (String huge : new String[] {"2147483648", "-2147483649", "99999999999999999999", "-1"}) {
            ApiCall start = new ApiCall("product.list", "key", null, Map.of("start", huge));
            assertIncorrect("Incorrect parameter 'start': must be between 0 and 2147483647",
                    () -> start.integer("start", 0, 0, Integer.MAX_VALUE));
        }
        for (String notWhole : new String[] {"1.5", "1e3", "+5", "\u0665", "0x10", "5 5"}) {
            ApiCall count = new ApiCall("product.list", "key", null, Map.of("count", notWhole));
            assertIncorrect("Incorrect parameter 'count': must be a whole number between 0 and 250",
                    () -> count.integer("count", 10, 0, 250));
        }
    }

    @Test
    void booleansAcceptTheUsualSpellings() {
        assertFalse(call.bool("verify", true));
        assertTrue(call.bool("absent", true));
        assertIncorrect("Incorrect parameter 'bad': must be true or false", () -> call.bool("bad", true));
    }

    @Test
    void jsonTypesAreCheckedAgainstWhatTheParameterTakes() {
        ApiCall json = new ApiCall("product.list", null, null, Map.of(
                "count", new ParameterValue("25", Kind.NUMBER),
                "verify", new ParameterValue("true", Kind.BOOLEAN),
                "label", new ParameterValue("12", Kind.NUMBER),
                "list", new ParameterValue("[\"a\"]", Kind.ARRAY),
                "payload", new ParameterValue("{\"a\":1}", Kind.OBJECT)));

        assertEquals(25, json.integer("count", 10, 0, 250));
        assertTrue(json.bool("verify", false));
        assertEquals(Optional.of("{\"a\":1}"), json.jsonObject("payload"));
        assertIncorrect("Incorrect parameter 'label': must be a string, not a JSON number", () -> json.label("label"));
        assertIncorrect("Incorrect parameter 'list': must be a string, not a JSON array", () -> json.optional("list"));
        assertIncorrect("Incorrect parameter 'list': must be a whole number, not a JSON array",
                () -> json.integer("list", 1, 0, 9));
        assertIncorrect("Incorrect parameter 'payload': must be true or false, not a JSON object",
                () -> json.bool("payload", true));
        assertIncorrect("Incorrect parameter 'list': must be a JSON object, not a JSON array",
                () -> json.jsonObject("list"));
    }

    @Test
    void labelsAreBoundedAndFreeOfControlCharacters() {
        assertEquals(Optional.of("é".repeat(200)), withValue("é".repeat(200)).label("custom_label"));
        assertIncorrect("Incorrect parameter 'custom_label': at most 200 characters (5000 given)",
                () -> withValue("x".repeat(5000)).label("custom_label"));
        assertIncorrect("Incorrect parameter 'custom_label': control characters are not allowed (U+0000 at character 3)",
                () -> withValue("ab\u0000cd").label("custom_label"));
        assertIncorrect("Incorrect parameter 'custom_label': not a Unicode character (U+D800 at character 2)",
                () -> withValue("a\uD800b").label("custom_label"));
    }

    @Test
    void keysArePrintableAsciiAndBounded() {
        assertEquals(Optional.of("rotation-1 #2"), withValue("rotation-1 #2").key("custom_label", 200));
        assertIncorrect("Incorrect parameter 'custom_label': at most 200 characters (201 given)",
                () -> withValue("k".repeat(201)).key("custom_label", 200));
        assertIncorrect("Incorrect parameter 'custom_label': at most 200 printable ASCII characters (U+00E9 at character 4)",
                () -> withValue("caf\u00e9").key("custom_label", 200));
    }

    @Test
    void aMalformedStoreKeyIs109AndAMalformedApiKeyIs2() {
        assertIncorrect("Incorrect parameter 'store_key': at most 64 characters (65 given)",
                () -> new ApiCall("cart.info", "key", "k".repeat(65), Map.of()).storeKey());
        assertIncorrect("Incorrect parameter 'store_key': control characters are not allowed (U+0000 at character 2)",
                () -> new ApiCall("cart.info", "key", "a\u0000", Map.of()).storeKey());
        assertEquals(ReturnCode.INCORRECT_API_KEY, assertThrows(ApiException.class,
                () -> new ApiCall("cart.info", "a\u0000b", null, Map.of()).apiKey()).returnCode());
        assertEquals(ReturnCode.INCORRECT_API_KEY, assertThrows(ApiException.class,
                () -> new ApiCall("cart.info", "k".repeat(257), null, Map.of()).apiKey()).returnCode());
        assertEquals(ReturnCode.INCORRECT_API_KEY, assertThrows(ApiException.class, () -> new ApiCall("cart.info",
                new ParameterValue("[]", Kind.ARRAY), null, Map.of()).apiKey()).returnCode());
    }

    private static ApiCall withValue(String value) {
        return new ApiCall("account.cart.add", "key", null, Map.of("custom_label", value));
    }

    private static void assertIncorrect(String message, Executable executable) {
        ApiException e = assertThrows(ApiException.class, executable);
        assertEquals(ReturnCode.INCORRECT_PARAMETER, e.returnCode());
        assertEquals(message, e.getMessage());
    }
}
