package dev.spgateway.sandbox.listings;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.util.List;

/** Streams a listings report as Amazon's tab-separated flat file, row by row. */
public final class ListingsDocumentWriter {

    private ListingsDocumentWriter() {
    }

    /** The header line; Japanese headers for windows-31j documents, as Amazon.co.jp sends them. */
    public static String header(ListingsReportType type, ListingsEncoding encoding) {
        List<String> names = type.columns().stream()
                .map(c -> encoding == ListingsEncoding.WINDOWS_31J ? c.japaneseHeader() : c.header())
                .toList();
        return String.join("\t", names);
    }

    public static void write(ListingsCatalog catalog, ListingsReportType type, ListingsEncoding encoding,
                             OutputStream out) throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, encoding.charset()), 1 << 16);
        if (encoding.bom()) {
            writer.write('\uFEFF');
        }
        writer.write(header(type, encoding));
        writer.write('\n');
        List<ListingsColumn> columns = type.columns();
        for (ListingsRow row : catalog) {
            if (type.includes(row)) {
                writer.write(row.line(columns));
                writer.write('\n');
            }
        }
        writer.flush();
    }
}
