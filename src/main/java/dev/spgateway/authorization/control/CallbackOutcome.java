package dev.spgateway.authorization.control;

import java.util.Optional;

/**
 * What the callback answers the seller's browser: a redirect to the integrator's return URL, or, when there is
 * no return URL it may trust (an unknown or already used state), a small page saying what happened.
 */
public record CallbackOutcome(Optional<String> redirectTo, int pageStatus, String pageTitle, String pageText) {

    public static CallbackOutcome redirect(String url) {
        return new CallbackOutcome(Optional.of(url), 303, "", "");
    }

    public static CallbackOutcome page(int status, String title, String text) {
        return new CallbackOutcome(Optional.empty(), status, title, text);
    }
}
