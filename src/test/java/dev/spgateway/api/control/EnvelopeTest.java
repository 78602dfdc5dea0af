package dev.spgateway.api.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.json.spi.JsonProvider;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EnvelopeTest {

    @Test
    void successCarriesResultWithNullsKeptAndNoPagination() {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("name", null);
        result.put("url", "https://example.com/");

        String json = EnvelopeJson.toJson(Envelope.ok(result));

        assertEquals("{\"return_code\":0,\"return_message\":\"\",\"result\":{\"name\":null,\"url\":\"https://example.com/\"}}", json);
    }

    @Test
    void failureHasCodeMessageAndEmptyResult() {
        String json = EnvelopeJson.toJson(Envelope.failure(new ApiException(ReturnCode.STORE_ERROR,
                "Report is not ready yet, please try again later (report_request_id=42)")));

        assertEquals("{\"return_code\":107,\"return_message\":\"Report is not ready yet, please try again later "
                + "(report_request_id=42)\",\"result\":{}}", json);
    }

    @Test
    void listAnswerPutsPaginationBeforeResult() {
        Envelope page = Envelope.page(Map.of("product", List.of()), new Envelope.Pagination(null, "abc"));

        assertEquals("{\"return_code\":0,\"return_message\":\"\",\"pagination\":{\"previous\":null,\"next\":\"abc\"},"
                + "\"result\":{\"product\":[]}}", EnvelopeJson.toJson(page));
    }

    @Test
    void writesEveryKindOfValueAResultHolds() {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("count", 3);
        result.put("big", 12_345_678_901L);
        result.put("price", new BigDecimal("19.90"));
        result.put("ratio", 0.5);
        result.put("on", true);
        result.put("text", "“quoted” \"ü\" \\ \n\u0001");
        result.put("list", List.of(1, "two", List.of()));
        result.put("json", JsonProvider.provider().createObjectBuilder().add("a", 1).build());
        result.put("bound", new Point(1, null));

        assertEquals("{\"return_code\":0,\"return_message\":\"\",\"result\":{\"count\":3,\"big\":12345678901,"
                + "\"price\":19.90,\"ratio\":0.5,\"on\":true,\"text\":\"“quoted” \\\"ü\\\" \\\\ \\n\\u0001\","
                + "\"list\":[1,\"two\",[]],\"json\":{\"a\":1},\"bound\":{\"x\":1,\"y\":null}}}",
                EnvelopeJson.toJson(Envelope.ok(result)));
    }

    /** A value that is not a map, list or scalar: left to JSON-B, nulls kept. */
    public record Point(int x, Integer y) {
    }

    @Test
    void defaultMessageComesFromTheCode() {
        Envelope envelope = Envelope.failure(new ApiException(ReturnCode.INCORRECT_API_KEY));

        assertEquals(2, envelope.toWire().get("return_code"));
        assertEquals("Incorrect API Key", envelope.returnMessage());
    }

    @Test
    void aCodeIsRequired() {
        assertThrows(IllegalArgumentException.class, () -> new Envelope(null, "", null, null));
    }
}
