package dev.spgateway.report.control;

import dev.spgateway.amazon.control.Reports.DocumentStream;
import dev.spgateway.amazon.control.SpApiUnavailable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.concurrent.Executor;

/** A downloaded listings document, read as it streams in, into the table the cache keeps. */
public final class ListingDocuments {

    /** The heap reading takes beside the table: the download's, inflater's, decoder's and parser's buffers. */
    static final long READING_BYTES = 1 << 20;

    private ListingDocuments() {
    }

    /**
     * Reads with a container-managed thread that inflates and decodes ahead of the parser, claiming the
     * table's memory as it grows.
     *
     * @throws ReportUnreadable  if the document is not a listings report that can be read whole
     * @throws SpApiUnavailable  if the download failed, stalled or ended early
     * @throws ReportTooLarge    if the claims were refused
     */
    public static ListingTable table(DocumentStream document, String marketplaceId, Executor readAhead,
                                     Duration idleTimeout, HeapClaims claims) {
        claims.claim(READING_BYTES);
        try (InputStream body = document.body()) {
            return ListingsDocumentReader.readTable(body, document.gzip(), document.contentType(), marketplaceId,
                    readAhead, idleTimeout, claims);
        } catch (ListingsFormatException e) {
            throw new ReportUnreadable(e.getMessage());
        } catch (EOFException e) {
            throw new SpApiUnavailable("the report document ended early: its " + (document.gzip() ? "GZIP data"
                    : "text") + " is incomplete (" + e.getMessage() + ")");
        } catch (IOException e) {
            throw new SpApiUnavailable("the report document could not be read: "
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
        } finally {
            claims.release(READING_BYTES);
        }
    }

    /** What a report without data (CANCELLED) stands for. */
    public static ListingTable empty() {
        return ListingTable.builder().build();
    }
}
