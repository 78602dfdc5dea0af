package dev.spgateway.amazon.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Form;
import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * One refresh-token exchange with Login with Amazon. A server error (5xx), a 429 or a connection failure is
 * retried like the SP-API's (MicroProfile Fault Tolerance: bounded count and duration, with jitter; tunable
 * with the standard {@code dev.spgateway.amazon.control.LwaExchange/exchange/Retry/...} keys); a refusal of
 * the credentials (invalid_grant, invalid_client, ...) is final at once.
 */
@ApplicationScoped
public class LwaExchange {

    /** The gateway stops using a token a minute before Amazon does. */
    static final Duration EARLY_EXPIRY = Duration.ofSeconds(60);

    @Inject
    @RestClient
    LwaClient lwa;

    @Inject
    Event<ClientSecretRejected> rejections;

    Clock clock = Clock.systemUTC();

    @Retry(maxRetries = 3, delay = 1, delayUnit = ChronoUnit.SECONDS, jitter = 500,
            maxDuration = 30, durationUnit = ChronoUnit.SECONDS, retryOn = LwaUnavailable.class)
    public AccessToken exchange(SpApiCredentials credentials) {
        Form form = new Form()
                .param("grant_type", "refresh_token")
                .param("refresh_token", credentials.refreshToken().reveal())
                .param("client_id", credentials.clientId())
                .param("client_secret", credentials.clientSecret().reveal());
        LwaAnswer answer = LwaAnswer.post(lwa, form);
        if (!answer.granted("access_token")) {
            throw refused(credentials, answer);
        }
        long expiresIn = answer.body().getJsonNumber("expires_in").longValue();
        return new AccessToken(answer.body().getString("access_token"),
                clock.instant().plusSeconds(expiresIn).minus(EARLY_EXPIRY));
    }

    private LwaFailure refused(SpApiCredentials credentials, LwaAnswer answer) {
        LwaFailure failure = answer.refusal();
        if (failure.isInvalidClient()) {
            rejections.fire(new ClientSecretRejected(credentials.clientId(), credentials.clientSecret(),
                    failure.getMessage(), clock.instant()));
        }
        return failure;
    }
}
