package dev.spgateway.store.boundary;

import dev.spgateway.api.control.ApiCall;
import dev.spgateway.api.control.ApiException;
import dev.spgateway.api.control.ApiMethod;
import dev.spgateway.api.control.Caller;
import dev.spgateway.api.control.Envelope;
import dev.spgateway.store.control.AmazonNotificationHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.concurrent.CompletionStage;
import java.util.stream.Collectors;

/**
 * {@code amazon.notification.process}: takes an Amazon notification a client relays (its JSON as the request
 * body) and hands it to the feature that handles its type ({@code APPLICATION_OAUTH_CLIENT_SECRET_EXPIRY}
 * here, {@code ORDER_CHANGE} in the orders); other types are refused with 109.
 */
@ApplicationScoped
public class AmazonNotificationMethod implements ApiMethod {

    @Inject
    Instance<AmazonNotificationHandler> handlers;

    @Override
    public String name() {
        return "amazon.notification.process";
    }

    @Override
    public CompletionStage<Envelope> invoke(ApiCall call, Caller caller) {
        String type = AmazonNotificationHandler.type(call);
        return handlers.stream().filter(handler -> handler.notificationType().equals(type)).findFirst()
                .orElseThrow(() -> ApiException.incorrect("notificationType", "only " + handlers.stream()
                        .map(AmazonNotificationHandler::notificationType).sorted().collect(Collectors.joining(
                                ", ")) + " are processed"))
                .process(call, caller);
    }
}
