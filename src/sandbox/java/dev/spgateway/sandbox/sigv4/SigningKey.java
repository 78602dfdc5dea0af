package dev.spgateway.sandbox.sigv4;

import java.time.Instant;

/** The secret side of an access key id; sessionToken and expiresAt only for temporary (STS) credentials. */
public record SigningKey(String accessKeyId, String secretAccessKey, String sessionToken, Instant expiresAt) {
}
