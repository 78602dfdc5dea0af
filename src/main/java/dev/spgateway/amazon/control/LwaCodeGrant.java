package dev.spgateway.amazon.control;

import dev.spgateway.secrets.entity.Secret;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Form;
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
        LwaAnswer answer = LwaAnswer.post(lwa, form);
        if (!answer.granted("refresh_token")) {
            throw answer.refusal();
        }
        return Secret.of(answer.body().getString("refresh_token"));
    }
}
