package dev.spgateway.store.boundary;

import dev.spgateway.api.control.ApiException;
import dev.spgateway.platform.control.JsonDocuments;
import jakarta.json.JsonObject;
import jakarta.json.JsonException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/** The payload of Amazon's APPLICATION_OAUTH_CLIENT_SECRET_EXPIRY notification. */
record SecretExpiryNotice(String clientId, Instant expiresAt) {

    static SecretExpiryNotice parse(String payloadJson) {
        try {
            JsonObject payload = JsonDocuments.reader(payloadJson).readObject();
            JsonObject expiry = payload.getJsonObject("applicationOAuthClientSecretExpiry");
            if (expiry == null) {
                throw ApiException.incorrect("payload", "applicationOAuthClientSecretExpiry is missing");
            }
            return new SecretExpiryNotice(expiry.getString("clientId"),
                    OffsetDateTime.parse(expiry.getString("clientSecretExpiryTime")).toInstant());
        } catch (JsonException | ClassCastException | NullPointerException | DateTimeParseException e) {
            throw ApiException.incorrect("payload", "expected applicationOAuthClientSecretExpiry with clientId and"
                    + " clientSecretExpiryTime (ISO-8601)");
        }
    }
}
