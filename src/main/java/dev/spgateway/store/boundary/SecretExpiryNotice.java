package dev.spgateway.store.boundary;

import dev.spgateway.api.control.ApiException;
import dev.spgateway.platform.control.JsonDocuments;
import dev.spgateway.store.control.CredentialRules;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/** The payload of Amazon's APPLICATION_OAUTH_CLIENT_SECRET_EXPIRY notification. */
record SecretExpiryNotice(String clientId, Instant expiresAt) {

    /** Amazon announces dates weeks ahead; ten years away is not a notification of a secret that lives 180 days. */
    private static final Duration MAX_DISTANCE = Duration.ofDays(3660);

    static SecretExpiryNotice parse(String payloadJson, Instant now) {
        String clientId;
        Instant expiresAt;
        try {
            JsonObject payload = JsonDocuments.reader(payloadJson).readObject();
            JsonObject expiry = payload.getJsonObject("applicationOAuthClientSecretExpiry");
            if (expiry == null) {
                throw ApiException.incorrect("payload", "applicationOAuthClientSecretExpiry is missing");
            }
            clientId = expiry.getString("clientId");
            expiresAt = OffsetDateTime.parse(expiry.getString("clientSecretExpiryTime")).toInstant();
        } catch (JsonException | ClassCastException | NullPointerException | DateTimeParseException e) {
            throw ApiException.incorrect("payload", "expected applicationOAuthClientSecretExpiry with clientId and"
                    + " clientSecretExpiryTime (ISO-8601)");
        }
        return new SecretExpiryNotice(validClientId(clientId), withinReach(expiresAt, now));
    }

    private static String validClientId(String clientId) {
        try {
            return CredentialRules.clientId(clientId);
        } catch (ApiException notAClientId) {
            throw ApiException.incorrect("payload", "clientId is not an LWA client identifier"
                    + " (amzn1.application-oa2-client.…)");
        }
    }

    private static Instant withinReach(Instant expiresAt, Instant now) {
        if (Duration.between(now, expiresAt).abs().compareTo(MAX_DISTANCE) > 0) {
            throw ApiException.incorrect("payload", "clientSecretExpiryTime must be within "
                    + MAX_DISTANCE.toDays() + " days of now");
        }
        return expiresAt;
    }
}
