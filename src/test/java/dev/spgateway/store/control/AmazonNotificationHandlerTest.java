package dev.spgateway.store.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.spgateway.api.control.ApiCall;
import dev.spgateway.api.control.ApiException;
import dev.spgateway.api.control.ReturnCode;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Amazon's two spellings of a notification's envelope: camelCase (secret expiry) and PascalCase (ORDER_CHANGE). */
class AmazonNotificationHandlerTest {

    private static ApiCall call(Map<String, String> parameters) {
        return new ApiCall("amazon.notification.process", "key", null, parameters);
    }

    @Test
    void eitherSpellingIsRead() {
        assertEquals("ORDER_CHANGE", AmazonNotificationHandler.type(call(Map.of("NotificationType", "ORDER_CHANGE"))));
        assertEquals("APPLICATION_OAUTH_CLIENT_SECRET_EXPIRY", AmazonNotificationHandler.type(call(Map.of(
                "notificationType", "APPLICATION_OAUTH_CLIENT_SECRET_EXPIRY"))));
        assertEquals("{\"a\":1}", AmazonNotificationHandler.payload(call(Map.of("Payload", "{\"a\":1}"))));
        assertEquals("{\"a\":1}", AmazonNotificationHandler.payload(call(Map.of("payload", " {\"a\":1} "))));
    }

    @Test
    void noneIs114AndBothAre109() {
        assertEquals(ReturnCode.REQUIRED_PARAMETER_MISSING, assertThrows(ApiException.class,
                () -> AmazonNotificationHandler.type(call(Map.of()))).returnCode());
        assertEquals(ReturnCode.REQUIRED_PARAMETER_MISSING, assertThrows(ApiException.class,
                () -> AmazonNotificationHandler.payload(call(Map.of("NotificationType", "ORDER_CHANGE")))).returnCode());
        assertEquals(ReturnCode.INCORRECT_PARAMETER, assertThrows(ApiException.class,
                () -> AmazonNotificationHandler.type(call(Map.of("NotificationType", "ORDER_CHANGE",
                        "notificationType", "ORDER_CHANGE")))).returnCode());
        assertEquals(ReturnCode.INCORRECT_PARAMETER, assertThrows(ApiException.class,
                () -> AmazonNotificationHandler.payload(call(Map.of("Payload", "{}", "payload", "{}")))).returnCode());
    }
}
