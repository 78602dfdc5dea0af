package dev.spgateway.amazon.control;

import dev.spgateway.platform.control.JsonDocuments;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Form;
import jakarta.ws.rs.core.Response;
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
        try (Response response = lwa.token(form)) {
            JsonObject body = parse(response.readEntity(String.class));
            int status = response.getStatus();
            if (status >= 500 || status == 429) {
                throw new LwaUnavailable("Login with Amazon answered HTTP " + status + " ("
                        + body.getString("error", "no error code") + ")");
            }
            if (status != 200 || !body.containsKey("access_token")) {
                throw refused(credentials, body, status);
            }
            long expiresIn = body.getJsonNumber("expires_in").longValue();
            return new AccessToken(body.getString("access_token"),
                    clock.instant().plusSeconds(expiresIn).minus(EARLY_EXPIRY));
        } catch (ProcessingException e) {
            throw new LwaUnavailable("Login with Amazon could not be reached: " + e.getClass().getSimpleName());
        }
    }

    private LwaFailure refused(SpApiCredentials credentials, JsonObject body, int status) {
        LwaFailure failure = new LwaFailure(body.getString("error", "http_" + status),
                body.getString("error_description", "LWA answered HTTP " + status));
        if (failure.isInvalidClient()) {
            rejections.fire(new ClientSecretRejected(credentials.clientId(), credentials.clientSecret(),
                    failure.getMessage(), clock.instant()));
        }
        return failure;
    }

    private static JsonObject parse(String body) {
        try (JsonReader reader = JsonDocuments.reader(body == null ? "{}" : body)) {
            return reader.readObject();
        } catch (JsonParsingException | ClassCastException e) {
            return JsonObject.EMPTY_JSON_OBJECT;
        }
    }
}
