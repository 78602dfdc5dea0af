package dev.spgateway.store.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.spgateway.api.control.ApiException;
import dev.spgateway.api.control.ReturnCode;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SecretExpiryNoticeTest {

    private static final Instant NOW = Instant.parse("2026-03-01T00:00:00Z");
    private static final String CLIENT = "amzn1.application-oa2-client.0123456789abcdef";

    @Test
    void readsTheClientAndTheDate() {
        SecretExpiryNotice notice = SecretExpiryNotice.parse(payload(CLIENT, "2026-04-01T00:00:00Z"), NOW);

        assertEquals(CLIENT, notice.clientId());
        assertEquals(Instant.parse("2026-04-01T00:00:00Z"), notice.expiresAt());
    }

    @ParameterizedTest
    @ValueSource(strings = {"amzn1.application-oa2-client.0123456789abcdef\\u0000", "not-a-client", ""})
    void aClientIdThatIsNoLwaClientIs109(String clientId) {
        assertIncorrect(payload(clientId, "2026-04-01T00:00:00Z"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"+100000-01-01T00:00:00Z", "1970-01-01T00:00:00Z", "tomorrow"})
    void aDateOutOfReachIs109(String date) {
        assertIncorrect(payload(CLIENT, date));
    }

    @ParameterizedTest
    @ValueSource(strings = {"[]", "{}", "{\"applicationOAuthClientSecretExpiry\":[]}", "not json", "\"text\""})
    void aPayloadOfAnotherShapeIs109(String json) {
        assertIncorrect(json);
    }

    private static void assertIncorrect(String json) {
        ApiException e = assertThrows(ApiException.class, () -> SecretExpiryNotice.parse(json, NOW));
        assertEquals(ReturnCode.INCORRECT_PARAMETER, e.returnCode());
        assertEquals(true, e.getMessage().startsWith("Incorrect parameter 'payload': "), e.getMessage());
    }

    private static String payload(String clientId, String date) {
        return "{\"applicationOAuthClientSecretExpiry\":{\"clientId\":\"" + clientId
                + "\",\"clientSecretExpiryTime\":\"" + date + "\"}}";
    }
}
