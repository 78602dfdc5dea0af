package dev.spgateway.sandbox.reports;

import dev.spgateway.sandbox.http.Ids;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Report documents and the short-lived download URLs handed out for them. */
public final class DocumentStore {

    /** getReportDocument's URLs expire after five minutes, as the model says. */
    public static final Duration URL_LIFETIME = Duration.ofMinutes(5);

    record Link(String documentId, Instant expiresAt) {
    }

    private final Clock clock;
    private final Map<String, ReportDocument> documents = new ConcurrentHashMap<>();
    private final Map<String, Link> links = new ConcurrentHashMap<>();

    public DocumentStore(Clock clock) {
        this.clock = clock;
    }

    void put(ReportDocument document) {
        documents.put(document.documentId(), document);
    }

    Optional<ReportDocument> document(String documentId) {
        return Optional.ofNullable(documents.get(documentId));
    }

    /** A new link token for the document, valid for five minutes from now. */
    String link(String documentId) {
        String token = Ids.alnum(48);
        links.put(token, new Link(documentId, clock.instant().plus(URL_LIFETIME)));
        return token;
    }

    Optional<Link> resolve(String token) {
        return Optional.ofNullable(links.get(token));
    }

    Clock clock() {
        return clock;
    }
}
