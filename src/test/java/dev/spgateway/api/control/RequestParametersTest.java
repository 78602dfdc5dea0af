package dev.spgateway.api.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spgateway.api.control.ParameterValue.Kind;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RequestParametersTest {

    private final RequestParameters parameters = new RequestParameters(64);

    @Test
    void jsonBodyOverridesQueryAndKeepsTheJsonTypeOfEachValue() {
        Map<String, ParameterValue> merged = parameters.merge("count=5&start=1", "application/json",
                body("{\"count\":10,\"verify\":false,\"ids\":[1,2],\"o\":{},\"x\":null}"));

        assertEquals(Map.of("count", new ParameterValue("10", Kind.NUMBER),
                "start", ParameterValue.text("1"),
                "verify", new ParameterValue("false", Kind.BOOLEAN),
                "ids", new ParameterValue("[1,2]", Kind.ARRAY),
                "o", new ParameterValue("{}", Kind.OBJECT)), merged);
    }

    @Test
    void queryAndFormAreDecodedAsUtf8WithPlusAsSpace() {
        assertEquals(Map.of("custom_label", ParameterValue.text("Café Shop"), "verify", ParameterValue.text("true")),
                parameters.merge(null, "application/x-www-form-urlencoded; charset=UTF-8",
                        body("custom_label=Caf%C3%A9+Shop&verify=true")));
        assertEquals(Map.of("find_value", ParameterValue.text("a&b c"), "flag", ParameterValue.text("")),
                parameters.merge("find_value=a%26b%20c&flag&&", null, null));
    }

    @Test
    void aParameterGivenTwiceInOnePlaceIs109NamingIt() {
        assertIncorrect("Incorrect parameter 'product_ids': given more than once in the query string",
                () -> parameters.merge("product_ids=a&product_ids=b", null, null));
        assertIncorrect("Incorrect parameter 'count': given more than once in the form body",
                () -> parameters.merge(null, "application/x-www-form-urlencoded", body("count=1&count=1")));
        assertIncorrect("Incorrect parameter 'count': given more than once in the JSON body",
                () -> parameters.merge(null, "application/json", body("{\"count\":1,\"count\":null}")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"%FF", "%C3%28", "%ED%A0%80", "%C0%AF", "%F4%90%80%80", "abc%E2%82"})
    void aQueryValueThatIsNotUtf8Is109NamingIt(String encoded) {
        assertIncorrect("Incorrect parameter 'custom_label': not valid UTF-8 once percent-decoded",
                () -> parameters.merge("custom_label=" + encoded, null, null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"a=%zz", "a=%4", "a=%", "a=%%41", "a=%\uFF15\uFF15"})
    void aBrokenPercentEscapeIs109(String form) {
        ApiException e = assertThrows(ApiException.class,
                () -> parameters.merge(null, "application/x-www-form-urlencoded", body(form)));

        assertEquals(ReturnCode.INCORRECT_PARAMETER, e.returnCode());
        assertEquals("Incorrect parameter 'a': a percent sign is not followed by two hex digits", e.getMessage());
    }

    @Test
    void bytesAQueryStringCarriesUnencodedAreReadAsUtf8() {
        // a servlet container hands them over as ISO-8859-1 characters, one per byte
        assertEquals(Map.of("find_value", ParameterValue.text("café")),
                parameters.merge("find_value=caf\u00c3\u00a9", null, null));
        assertIncorrect("Incorrect parameter 'find_value': not valid UTF-8 once percent-decoded",
                () -> parameters.merge("find_value=ab\u00ff", null, null));
        assertEquals(Map.of("label", ParameterValue.text("café")), parameters.merge(null,
                "application/x-www-form-urlencoded", body("label=café")));
    }

    @Test
    void aMalformedParameterNameIs109() {
        assertIncorrect("Malformed query string: a parameter name is not valid percent-encoded UTF-8 text",
                () -> parameters.merge("%FF=1", null, null));
        assertIncorrect("Malformed query string: a parameter name is not valid percent-encoded UTF-8 text",
                () -> parameters.merge("a%00b=1", null, null));
        assertIncorrect("Malformed JSON body: a member name holds a control character",
                () -> parameters.merge(null, "application/json", body("{\"a\\u0000\":1}")));
    }

    @Test
    void aBodyThatIsNotUtf8Is109() {
        byte[] latin1 = "{\"a\":\"caf\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1);

        assertIncorrect("Request body is not valid UTF-8",
                () -> parameters.merge(null, "application/json", new ByteArrayInputStream(latin1)));
    }

    @Test
    void malformedJsonIs109WithItsPosition() {
        ApiException e = assertThrows(ApiException.class,
                () -> parameters.merge(null, "application/json", body("{\"a\":")));

        assertEquals(ReturnCode.INCORRECT_PARAMETER, e.returnCode());
        assertTrue(e.getMessage().startsWith("Malformed JSON body"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"[1,2]", "\"text\"", "42", "{} {}", "{}]"})
    void jsonThatIsNotOneObjectIs109(String json) {
        ApiException e = assertThrows(ApiException.class,
                () -> parameters.merge(null, "application/json", body(json)));

        assertEquals(ReturnCode.INCORRECT_PARAMETER, e.returnCode());
    }

    @Test
    void oversizedBodyIs109() {
        assertIncorrect("Request body is larger than 64 bytes", () -> parameters.merge(null, "application/json",
                body("{\"a\":\"" + "x".repeat(100) + "\"}")));
    }

    private static void assertIncorrect(String message, org.junit.jupiter.api.function.Executable call) {
        ApiException e = assertThrows(ApiException.class, call);
        assertEquals(ReturnCode.INCORRECT_PARAMETER, e.returnCode());
        assertEquals(message, e.getMessage());
    }

    private static ByteArrayInputStream body(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
