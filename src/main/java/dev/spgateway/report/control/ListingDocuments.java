package dev.spgateway.report.control;

import dev.spgateway.amazon.control.Reports.DocumentStream;
import dev.spgateway.amazon.control.SpApiUnavailable;
import java.io.IOException;
import java.io.InputStream;

/** A downloaded listings document, read as it streams in, into the table the cache keeps. */
public final class ListingDocuments {

    private ListingDocuments() {
    }

    public static ListingTable table(DocumentStream document, String marketplaceId) {
        try (InputStream body = document.body()) {
            return ListingsDocumentReader.readTable(body, document.gzip(), document.contentType(), marketplaceId);
        } catch (IOException e) {
            throw new SpApiUnavailable("the report document could not be read: " + e.getClass().getSimpleName());
        }
    }

    /** What a report without data (CANCELLED) stands for. */
    public static ListingTable empty() {
        return ListingTable.builder().build();
    }
}
