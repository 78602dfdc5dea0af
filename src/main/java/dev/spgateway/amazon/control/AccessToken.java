package dev.spgateway.amazon.control;

import java.time.Instant;

/** An LWA access token and the moment the gateway stops using it (a minute before Amazon does). */
public record AccessToken(String value, Instant usableUntil) {

    @Override
    public String toString() {
        return "AccessToken[usableUntil=" + usableUntil + "]";
    }
}
