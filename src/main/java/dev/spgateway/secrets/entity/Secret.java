package dev.spgateway.secrets.entity;

import java.util.Objects;

/**
 * A credential value. Its {@code toString} shows only the masked form, so a secret that slips into a log
 * line or an exception message reveals nothing; {@link #reveal()} is the one way to the value.
 */
public final class Secret {

    private static final int VISIBLE = 4;

    private final String value;

    private Secret(String value) {
        if (value == null || value.isEmpty()) {
            throw new IllegalArgumentException("a secret has a value");
        }
        this.value = value;
    }

    public static Secret of(String value) {
        return new Secret(value);
    }

    public String reveal() {
        return value;
    }

    /** API2Cart shows credentials as their last four characters behind asterisks. */
    public String masked() {
        if (value.length() <= VISIBLE * 2) {
            return "*".repeat(value.length());
        }
        return "*".repeat(8) + value.substring(value.length() - VISIBLE);
    }

    public boolean sameAs(Secret other) {
        return other != null && java.security.MessageDigest.isEqual(
                value.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                other.value.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Secret secret && sameAs(secret);
    }

    @Override
    public int hashCode() {
        return Objects.hash(value);
    }

    @Override
    public String toString() {
        return masked();
    }
}
