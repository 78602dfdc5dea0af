package dev.spgateway.store.control;

import dev.spgateway.api.control.ApiCall;
import dev.spgateway.api.control.ApiException;
import dev.spgateway.api.control.Caller;
import dev.spgateway.api.control.Envelope;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/**
 * What one type of Amazon notification does when a client relays it to {@code amazon.notification.process}.
 * Each feature handles its own types; the method only finds the handler. Amazon writes some notifications'
 * keys in camelCase ({@code notificationType}, {@code payload}) and others in PascalCase
 * ({@code NotificationType}, {@code Payload}): both are read.
 */
public interface AmazonNotificationHandler {

    String notificationType();

    /** Checks the notification whole before anything is written or sent to Amazon. */
    CompletionStage<Envelope> process(ApiCall call, Caller caller);

    /** The notification's type, in either spelling; 114 without one. */
    static String type(ApiCall call) {
        return member(call, "notificationType", "NotificationType", ApiCall::optional)
                .orElseThrow(() -> ApiException.missing("notificationType"));
    }

    /** The notification's payload as JSON text, in either spelling; 114 without one. */
    static String payload(ApiCall call) {
        return member(call, "payload", "Payload", ApiCall::jsonObject)
                .orElseThrow(() -> ApiException.missing("payload"));
    }

    private static Optional<String> member(ApiCall call, String camel, String pascal,
            java.util.function.BiFunction<ApiCall, String, Optional<String>> read) {
        Optional<String> camelCase = read.apply(call, camel);
        Optional<String> pascalCase = read.apply(call, pascal);
        if (camelCase.isPresent() && pascalCase.isPresent()) {
            throw ApiException.incorrect(pascal, "give " + camel + " or " + pascal + ", not both");
        }
        return camelCase.or(() -> pascalCase);
    }
}
