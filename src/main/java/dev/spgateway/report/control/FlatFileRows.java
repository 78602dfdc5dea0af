package dev.spgateway.report.control;

import de.siegmar.fastcsv.reader.CommentStrategy;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.function.Consumer;

/**
 * Any of Amazon's tab-separated flat-file reports read row by row with its columns named by the header,
 * decoded as the listings reports are (byte order mark, else the declared charset, else the marketplace's
 * own). For reports that are small beside the listings (the order reports: a line per order item).
 */
public final class FlatFileRows {

    /** One row: its fields by the header's column names; a column the row lacks is empty. */
    public interface Row {
        String get(String column);

        int line();
    }

    private FlatFileRows() {
    }

    /**
     * Hands the rows to {@code rows} in document order and answers how many there were.
     *
     * @throws ListingsFormatException if the text is not in the charset it was declared in, or unparsable
     */
    public static long read(InputStream raw, boolean gzip, String contentType, String marketplaceId,
            Consumer<Row> rows) throws IOException {
        try (Reader text = ListingsDocumentReader.decoded(raw, gzip, contentType, marketplaceId);
             CsvReader<NamedCsvRecord> records = CsvReader.builder()
                     .fieldSeparator('\t')
                     .quoteCharacter(LoneCarriageReturnReader.NO_QUOTE)
                     .commentStrategy(CommentStrategy.NONE)
                     .skipEmptyLines(true)
                     .extraFieldStrategy(FieldMismatchStrategy.IGNORE)
                     .missingFieldStrategy(FieldMismatchStrategy.IGNORE)
                     .ofNamedCsvRecord(text)) {
            long count = 0;
            for (NamedCsvRecord record : records) {
                count++;
                rows.accept(new Row() {
                    @Override
                    public String get(String column) {
                        return record.findField(column).orElse("");
                    }

                    @Override
                    public int line() {
                        return (int) record.getStartingLineNumber();
                    }
                });
            }
            return count;
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } catch (CsvParseException e) {
            throw new ListingsFormatException("unreadable report document: " + e.getMessage(), e);
        }
    }
}
