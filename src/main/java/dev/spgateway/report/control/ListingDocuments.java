package dev.spgateway.report.control;

import dev.spgateway.amazon.control.Reports.DocumentStream;
import dev.spgateway.amazon.control.SpApiUnavailable;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.Executor;

/** A downloaded listings document, read as it streams in, into the table the cache keeps. */
public final class ListingDocuments {

    private ListingDocuments() {
    }

    /** Reads with a container-managed thread that inflates and decodes ahead of the parser. */
    public static ListingTable table(DocumentStream document, String marketplaceId, Executor readAhead) {
        try (InputStream body = document.body()) {
            return ListingsDocumentReader.readTable(body, document.gzip(), document.contentType(), marketplaceId,
                    readAhead);
        } catch (IOException e) {
            throw new SpApiUnavailable("the report document could not be read: " + e.getClass().getSimpleName());
        }
    }

    /** What a report without data (CANCELLED) stands for. */
    public static ListingTable empty() {
        return ListingTable.builder().build();
    }
}
