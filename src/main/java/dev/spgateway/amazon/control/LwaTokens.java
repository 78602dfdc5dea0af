package dev.spgateway.amazon.control;

import dev.spgateway.platform.control.JsonDocuments;
import dev.spgateway.platform.control.SingleFlight;
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
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * LWA access tokens per set of credentials, exchanged from the refresh token and reused until a minute
 * before they expire. Concurrent callers of a cold store share one exchange.
 */
@ApplicationScoped
public class LwaTokens {

    private static final Duration EARLY_EXPIRY = Duration.ofSeconds(60);

    @Inject
    @RestClient
    LwaClient lwa;

    @Inject
    Event<ClientSecretRejected> rejections;

    Clock clock = Clock.systemUTC();

    private final Map<String, AccessToken> cache = new ConcurrentHashMap<>();
    private final SingleFlight<AccessToken> exchanges = new SingleFlight<>();

    public AccessToken token(SpApiCredentials credentials) {
        String key = CredentialKey.lwa(credentials);
        AccessToken cached = cache.get(key);
        if (cached != null && cached.usableAt(clock.instant())) {
            return cached;
        }
        return exchanges.run(key, () -> {
            AccessToken again = cache.get(key);
            if (again != null && again.usableAt(clock.instant())) {
                return again;
            }
            AccessToken fresh = exchange(credentials);
            cache.put(key, fresh);
            return fresh;
        });
    }

    /** Forgets a token Amazon called expired, so the next call exchanges a new one. */
    public void invalidate(SpApiCredentials credentials, AccessToken token) {
        cache.remove(CredentialKey.lwa(credentials), token);
    }

    private AccessToken exchange(SpApiCredentials credentials) {
        Form form = new Form()
                .param("grant_type", "refresh_token")
                .param("refresh_token", credentials.refreshToken().reveal())
                .param("client_id", credentials.clientId())
                .param("client_secret", credentials.clientSecret().reveal());
        try (Response response = lwa.token(form)) {
            JsonObject body = parse(response.readEntity(String.class));
            if (response.getStatus() != 200 || !body.containsKey("access_token")) {
                LwaFailure failure = new LwaFailure(body.getString("error", "http_" + response.getStatus()),
                        body.getString("error_description", "LWA answered HTTP " + response.getStatus()));
                if (failure.isInvalidClient()) {
                    rejections.fire(new ClientSecretRejected(credentials.clientId(), credentials.clientSecret(),
                            failure.getMessage(), clock.instant()));
                }
                throw failure;
            }
            long expiresIn = body.getJsonNumber("expires_in").longValue();
            return new AccessToken(body.getString("access_token"),
                    clock.instant().plusSeconds(expiresIn).minus(EARLY_EXPIRY));
        } catch (ProcessingException e) {
            throw new SpApiUnavailable("Login with Amazon could not be reached: " + e.getClass().getSimpleName());
        }
    }

    private static JsonObject parse(String body) {
        try (JsonReader reader = JsonDocuments.reader(body == null ? "{}" : body)) {
            return reader.readObject();
        } catch (JsonParsingException | ClassCastException e) {
            return JsonObject.EMPTY_JSON_OBJECT;
        }
    }
}
