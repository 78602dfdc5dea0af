package dev.spgateway.api.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RequestParametersTest {

    private final RequestParameters parameters = new RequestParameters(64);

    @Test
    void jsonBodyOverridesQueryAndKeepsNonStringValuesAsJson() {
        Map<String, String> merged = parameters.merge(Map.of("count", List.of("5"), "start", List.of("1")),
                "application/json", body("{\"count\":10,\"verify\":false,\"ids\":[1,2],\"x\":null}"));

        assertEquals(Map.of("count", "10", "start", "1", "verify", "false", "ids", "[1,2]"), merged);
    }

    @Test
    void formBodyIsDecoded() {
        Map<String, String> merged = parameters.merge(Map.of(), "application/x-www-form-urlencoded; charset=UTF-8",
                body("custom_label=Caf%C3%A9+Shop&verify=true"));

        assertEquals(Map.of("custom_label", "Café Shop", "verify", "true"), merged);
    }

    @Test
    void repeatedQueryValuesAreJoined() {
        assertEquals(Map.of("product_ids", "a,b"),
                parameters.merge(Map.of("product_ids", List.of("a", "b")), null, null));
    }

    @Test
    void malformedJsonIs109WithItsPosition() {
        ApiException e = assertThrows(ApiException.class,
                () -> parameters.merge(Map.of(), "application/json", body("{\"a\":")));

        assertEquals(ReturnCode.INCORRECT_PARAMETER, e.returnCode());
        assertEquals(true, e.getMessage().startsWith("Malformed JSON body"));
    }

    @Test
    void jsonThatIsNoObjectIs109() {
        ApiException e = assertThrows(ApiException.class,
                () -> parameters.merge(Map.of(), "application/json", body("[1,2]")));

        assertEquals(ReturnCode.INCORRECT_PARAMETER, e.returnCode());
    }

    @Test
    void oversizedBodyIs109() {
        ApiException e = assertThrows(ApiException.class,
                () -> parameters.merge(Map.of(), "application/json", body("{\"a\":\"" + "x".repeat(100) + "\"}")));

        assertEquals(ReturnCode.INCORRECT_PARAMETER, e.returnCode());
        assertEquals("Request body is larger than 64 bytes", e.getMessage());
    }

    @Test
    void badPercentEncodingIs109() {
        ApiException e = assertThrows(ApiException.class,
                () -> parameters.merge(Map.of(), "application/x-www-form-urlencoded", body("a=%zz")));

        assertEquals(ReturnCode.INCORRECT_PARAMETER, e.returnCode());
    }

    private static ByteArrayInputStream body(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
