package dev.spgateway.api.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

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
