package dev.spgateway.api.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ResponseFieldsTest {

    private static Map<String, Object> product(String id) {
        Map<String, Object> product = new LinkedHashMap<>();
        product.put("id", id);
        product.put("name", "Name " + id);
        product.put("price", 1);
        product.put("images", List.of(Map.of("http_path", "a.jpg", "id", "x")));
        return product;
    }

    @Test
    void keepsTheNamedBranchesOfAnEnvelope() {
        Envelope envelope = Envelope.page(Map.of("products_count", 2, "product", List.of(product("a"), product("b"))),
                new Envelope.Pagination(null, "n"));

        Map<String, Object> wire = envelope.select(ResponseFields.parse("{result{product{id,images{http_path}}}}"))
                .toWire();

        assertEquals(Map.of("result", Map.of("product", List.of(
                Map.of("id", "a", "images", List.of(Map.of("http_path", "a.jpg"))),
                Map.of("id", "b", "images", List.of(Map.of("http_path", "a.jpg")))))), wire);
    }

    @Test
    void starKeepsEverythingAndTopLevelNamesWork() {
        Envelope envelope = Envelope.ok(Map.of("products_count", 3));

        assertEquals(envelope.toWire(), envelope.select(ResponseFields.parse("{*}")).toWire());
        assertEquals(Map.of("return_code", 0, "result", Map.of("products_count", 3)),
                envelope.select(ResponseFields.parse("{ return_code, result }")).toWire());
    }

    @Test
    void failuresKeepTheirCodeWhateverIsSelected() {
        Envelope failure = Envelope.failure(ReturnCode.STORE_ERROR, "not ready");

        assertEquals(107, failure.select(ResponseFields.parse("{result{id}}")).toWire().get("return_code"));
    }

    @Test
    void malformedSelectionsAre109() {
        for (String bad : List.of("result", "{result", "{result{}}", "{a,,b}", "{a}}")) {
            assertEquals(ReturnCode.INCORRECT_PARAMETER,
                    assertThrows(ApiException.class, () -> ResponseFields.parse(bad)).returnCode(), bad);
        }
    }
}
