package dev.spgateway.sandbox.reports;

import java.io.IOException;
import java.io.OutputStream;

/** A report document's content, produced on each download so large ones are never held. */
record ReportDocument(String documentId, String sellerId, String contentType, boolean gzip, Content content) {

    @FunctionalInterface
    interface Content {
        void writeTo(OutputStream out) throws IOException;
    }
}
