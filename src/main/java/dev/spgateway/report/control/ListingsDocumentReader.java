package dev.spgateway.report.control;

import de.siegmar.fastcsv.reader.CommentStrategy;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.zip.GZIPInputStream;

/**
 * Reads a listings report document (GET_MERCHANT_LISTINGS_ALL_DATA and relatives) as Amazon writes it:
 * tab-separated, never quoted, rows ending in "\n" or "\r\n", the first row naming the columns in English
 * or, for Amazon.co.jp, in Japanese. The document streams through: nothing holds more than a buffer of it.
 */
public final class ListingsDocumentReader {

    private static final int BUFFER = 1 << 16;

    private ListingsDocumentReader() {
    }

    /** How long the reader waits for the document's next text when the caller does not say. */
    public static final Duration DEFAULT_IDLE_TIMEOUT = Duration.ofMinutes(1);

    /**
     * Parses a document into the sink and answers how many rows it had (the header not counted). The
     * document is inflated and decoded on a thread of its own, started for this call; see
     * {@link #read(InputStream, boolean, String, String, ListingSink, Executor, Duration)} to supply it.
     */
    public static long read(InputStream raw, boolean gzip, String contentType, String marketplaceId,
                            ListingSink sink) throws IOException {
        return read(raw, gzip, contentType, marketplaceId, sink, ListingsDocumentReader::daemonThread);
    }

    /** As {@link #read(InputStream, boolean, String, String, ListingSink, Executor, Duration)}, idle for a minute. */
    public static long read(InputStream raw, boolean gzip, String contentType, String marketplaceId,
                            ListingSink sink, Executor readAhead) throws IOException {
        return read(raw, gzip, contentType, marketplaceId, sink, readAhead, DEFAULT_IDLE_TIMEOUT);
    }

    /**
     * Parses a document into the sink and answers how many rows it had (the header not counted).
     *
     * @param raw           the document's bytes as downloaded; closed when done
     * @param gzip          whether the report document says {@code compressionAlgorithm: GZIP}
     * @param contentType   the download's Content-Type, may be null
     * @param marketplaceId the marketplace the report is for, decides the charset when nothing else does
     * @param sink          gets the columns, then the rows, on the calling thread
     * @param readAhead     runs the one task that inflates and decodes ahead of the parser (a container's
     *                      managed executor, for instance); it should start the task soon, and the task ends
     *                      when this method returns
     * @param idleTimeout   the longest the parser waits for the next text, and that task for the parser
     * @throws ListingsFormatException if the header names no listings column, a row does not fit the
     *                                 header, or the text is not in the charset it was declared in
     * @throws IdleReadTimeout         if no text came for longer than the idle timeout
     */
    public static long read(InputStream raw, boolean gzip, String contentType, String marketplaceId,
                            ListingSink sink, Executor readAhead, Duration idleTimeout) throws IOException {
        LoneCarriageReturnReader text = closingOnFailure(raw, () -> decoded(raw, gzip, contentType, marketplaceId));
        try (Reader ahead = closingOnFailure(text, () -> new ReadAheadReader(text, readAhead, idleTimeout))) {
            return parse(ahead, new ListingFieldsHandler(sink, text::loneCarriageReturnSeen), sink);
        }
    }

    private interface Opening<T> {
        T open() throws IOException;
    }

    /** Whoever hands us a stream expects it closed, also when reading cannot even start. */
    private static <T> T closingOnFailure(Closeable resource, Opening<T> opening) throws IOException {
        try {
            return opening.open();
        } catch (IOException | RuntimeException e) {
            resource.close();
            throw e;
        }
    }

    /** Parses a document into a table; see {@link #read(InputStream, boolean, String, String, ListingSink)}. */
    public static ListingTable readTable(InputStream raw, boolean gzip, String contentType, String marketplaceId)
            throws IOException {
        return readTable(raw, gzip, contentType, marketplaceId, ListingsDocumentReader::daemonThread,
                DEFAULT_IDLE_TIMEOUT, HeapClaims.NONE);
    }

    /**
     * Parses a document into a table whose arrays are claimed before they are allocated; see
     * {@link #read(InputStream, boolean, String, String, ListingSink, Executor, Duration)}.
     *
     * @throws ReportTooLarge if a claim is refused; reading stops there
     */
    public static ListingTable readTable(InputStream raw, boolean gzip, String contentType, String marketplaceId,
                                         Executor readAhead, Duration idleTimeout, HeapClaims claims)
            throws IOException {
        ListingTableBuilder builder = ListingTable.builder(claims);
        read(raw, gzip, contentType, marketplaceId, builder, readAhead, idleTimeout);
        return builder.build();
    }

    private static void daemonThread(Runnable task) {
        Thread thread = new Thread(task, "listings-document-read-ahead");
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * The document as text. A byte order mark wins over the declared charset (a BOM is unambiguous, a label
     * can be stale), the declared charset over the marketplace's usual one. A declared multi-byte charset
     * other than the usual one is checked as it is decoded (see {@link DeclaredCharsetReader}).
     */
    static LoneCarriageReturnReader decoded(InputStream raw, boolean gzip, String contentType, String marketplaceId)
            throws IOException {
        InputStream bytes = gzip ? new GZIPInputStream(raw, BUFFER) : raw;
        BufferedInputStream buffered = new BufferedInputStream(bytes, BUFFER);
        Optional<Charset> marked = ByteOrderMark.consume(buffered);
        Optional<Charset> declared = ReportCharsets.declared(contentType);
        Charset usual = ReportCharsets.marketplaceDefault(marketplaceId);
        if (marked.isEmpty() && declared.filter(charset -> !charset.equals(usual)).isPresent()
                && SingleByteReader.tableOf(declared.get()).isEmpty()) {
            return new LoneCarriageReturnReader(new DeclaredCharsetReader(buffered, declared.get(), usual));
        }
        Charset charset = marked.or(() -> declared).orElse(usual);
        Reader text = SingleByteReader.of(buffered, charset).orElseGet(() -> new InputStreamReader(buffered, charset));
        return new LoneCarriageReturnReader(text);
    }

    private static long parse(Reader text, ListingFieldsHandler handler, ListingSink sink) throws IOException {
        try (CsvReader<Boolean> records = tabSeparated().build(handler, text)) {
            records.forEach(record -> { });
        } catch (UncheckedIOException | CsvParseException e) {
            throw ioFailureOf(e);
        }
        if (!handler.headerSeen()) {
            sink.columns(List.of());
        }
        return handler.rows();
    }

    /**
     * FastCSV wraps whatever the source or the sink threw; callers want it unwrapped: the IOException
     * underneath, or the Error or RuntimeException as it was. Only FastCSV's own complaint is a format error.
     */
    private static IOException ioFailureOf(RuntimeException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof IOException io) {
                return io;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            if (cause instanceof RuntimeException other && !(cause instanceof CsvParseException)
                    && !(cause instanceof UncheckedIOException)) {
                throw other;
            }
        }
        return new ListingsFormatException("unreadable listings document: " + e.getMessage(), e);
    }

    private static CsvReader.CsvReaderBuilder tabSeparated() {
        return CsvReader.builder()
                .fieldSeparator('\t')
                .quoteCharacter(LoneCarriageReturnReader.NO_QUOTE)
                .commentStrategy(CommentStrategy.NONE)
                .skipEmptyLines(true)
                .extraFieldStrategy(FieldMismatchStrategy.IGNORE)
                .missingFieldStrategy(FieldMismatchStrategy.IGNORE);
    }
}
