package dev.spgateway.rotation.control;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/** {@code spgateway.rotation.webhook.url} checked once, at startup, so that a typo is told at once and plainly. */
public final class WebhookTarget {

    static final String PROPERTY = "spgateway.rotation.webhook.url";

    private WebhookTarget() {
    }

    /** The webhook's address, empty when none is configured; a value that is no http(s) URL is refused. */
    public static Optional<URI> parse(Optional<String> configured) {
        Optional<String> value = configured.map(String::trim).filter(url -> !url.isEmpty());
        if (value.isEmpty()) {
            return Optional.empty();
        }
        URI uri;
        try {
            uri = new URI(value.get());
        } catch (URISyntaxException e) {
            throw refused("it is not a URL (" + e.getReason() + " at index " + e.getIndex() + ")");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw refused("it must start with https:// (or http://)");
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            throw refused("it names no host");
        }
        return Optional.of(uri);
    }

    private static IllegalStateException refused(String why) {
        return new IllegalStateException(PROPERTY + " is not a usable webhook address: " + why
                + ". Set it to the receiver's URL, such as https://ops.example.com/hooks/spgateway, or leave it unset");
    }
}
