package dev.spgateway.amazon.control;

import dev.spgateway.platform.control.JsonDocuments;
import dev.spgateway.secrets.entity.Secret;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Form;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Exchanges the one-time code of a seller's consent ({@code spapi_oauth_code}) for the seller's refresh
 * token: LWA's {@code authorization_code} grant. Never retried: LWA takes a code once, so a second try after
 * a lost answer could only be refused.
 */
@ApplicationScoped
public class LwaCodeGrant {

    @Inject
    @RestClient
    LwaClient lwa;

    /** The refresh token the code stands for; {@code redirectUri} is the one the consent URL named, if any. */
    public Secret refreshToken(String clientId, Secret clientSecret, String code, Optional<String> redirectUri) {
        Form form = new Form()
                .param("grant_type", "authorization_code")
                .param("code", code)
                .param("client_id", clientId)
                .param("client_secret", clientSecret.reveal());
        redirectUri.ifPresent(uri -> form.param("redirect_uri", uri));
        try (Response response = lwa.token(form)) {
            JsonObject body = parse(response.readEntity(String.class));
            int status = response.getStatus();
            if (status >= 500 || status == 429) {
                throw new LwaUnavailable("Login with Amazon answered HTTP " + status + " ("
                        + body.getString("error", "no error code") + ")");
            }
            if (status != 200 || !body.containsKey("refresh_token")) {
                throw new LwaFailure(body.getString("error", "http_" + status),
                        body.getString("error_description", "LWA answered HTTP " + status));
            }
            return Secret.of(body.getString("refresh_token"));
        } catch (ProcessingException e) {
            throw new LwaUnavailable("Login with Amazon could not be reached: " + e.getClass().getSimpleName());
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
