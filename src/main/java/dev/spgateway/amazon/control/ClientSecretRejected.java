package dev.spgateway.amazon.control;

import dev.spgateway.secrets.entity.Secret;
import java.time.Instant;

/** LWA answered invalid_client to this client id and secret: the secret is wrong, revoked or expired. */
public record ClientSecretRejected(String clientId, Secret clientSecret, String description, Instant at) {
}
