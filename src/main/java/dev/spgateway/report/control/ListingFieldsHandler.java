package dev.spgateway.report.control;

import de.siegmar.fastcsv.reader.CsvCallbackHandler;
import de.siegmar.fastcsv.reader.RecordType;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;

/**
 * Turns FastCSV's field callbacks into {@link ListingSink} calls: the first record is the header, which
 * decides each position's slot; fields of unknown or repeated columns are dropped. A row with fewer fields
 * than the header, or with text past its last column, is refused: a tab too many or too few shifts every
 * later field into the wrong column, so its data cannot be trusted. Trailing empty fields and empty
 * header names do not count, since Amazon's files differ in whether lines end in a tab. Lone carriage
 * returns masked by {@link LoneCarriageReturnReader} are restored here.
 */
final class ListingFieldsHandler extends CsvCallbackHandler<Boolean> {

    private static final int UNKNOWN = -1;

    private final ListingSink sink;
    private final BooleanSupplier loneCarriageReturnSeen;
    private final List<String> headerNames = new ArrayList<>();
    private int[] slotOfPosition;
    private char[] unmasked = new char[256];
    private int fieldCount;
    private int lastFilledPosition;
    private int headerWidth;
    private long line;
    private RecordType recordType = RecordType.DATA;
    private long rows;

    /** loneCarriageReturnSeen tells whether fields may hold masked CRs, which saves a scan of every field. */
    ListingFieldsHandler(ListingSink sink, BooleanSupplier loneCarriageReturnSeen) {
        this.sink = sink;
        this.loneCarriageReturnSeen = loneCarriageReturnSeen;
    }

    long rows() {
        return rows;
    }

    boolean headerSeen() {
        return slotOfPosition != null;
    }

    @Override
    protected RecordType getRecordType() {
        return recordType;
    }

    @Override
    protected int getFieldCount() {
        return fieldCount;
    }

    @Override
    protected void beginRecord(long startingLineNumber) {
        fieldCount = 0;
        lastFilledPosition = -1;
        line = startingLineNumber;
        recordType = RecordType.DATA;
    }

    @Override
    protected void addField(char[] buffer, int offset, int length, boolean quoted) {
        int position = fieldCount++;
        if (length > 0) {
            lastFilledPosition = position;
        }
        if (slotOfPosition == null) {
            headerNames.add(new String(buffer, offset, length));
        } else if (position < slotOfPosition.length && slotOfPosition[position] != UNKNOWN) {
            forward(slotOfPosition[position], buffer, offset, length);
        }
    }

    private void forward(int slot, char[] buffer, int offset, int length) {
        if (!loneCarriageReturnSeen.getAsBoolean()) {
            sink.field(slot, buffer, offset, length);
            return;
        }
        int end = offset + length;
        for (int i = offset; i < end; i++) {
            if (buffer[i] == LoneCarriageReturnReader.LONE_CR) {
                forwardUnmasked(slot, buffer, offset, length);
                return;
            }
        }
        sink.field(slot, buffer, offset, length);
    }

    private void forwardUnmasked(int slot, char[] buffer, int offset, int length) {
        if (unmasked.length < length) {
            unmasked = new char[length];
        }
        for (int i = 0; i < length; i++) {
            char c = buffer[offset + i];
            unmasked[i] = c == LoneCarriageReturnReader.LONE_CR ? '\r' : c;
        }
        sink.field(slot, unmasked, 0, length);
    }

    @Override
    protected void setComment(char[] buffer, int offset, int length) {
        // comments are off in the reader; nothing in a listings document is one
    }

    @Override
    protected void setEmpty() {
        recordType = RecordType.EMPTY;
    }

    @Override
    protected Boolean buildRecord() {
        if (recordType != RecordType.DATA) {
            return Boolean.FALSE;
        }
        if (slotOfPosition == null) {
            acceptHeader();
        } else {
            checkWidth();
            sink.endRow();
            rows++;
        }
        return Boolean.TRUE;
    }

    private void checkWidth() {
        if (fieldCount < headerWidth || lastFilledPosition >= headerWidth) {
            int fields = Math.max(fieldCount, lastFilledPosition + 1);
            throw new UncheckedIOException(new ListingsFormatException("the row on line " + line + " has "
                    + fields + (fields < headerWidth ? " fields, fewer than " : " fields, more than ")
                    + "the header's " + headerWidth));
        }
    }

    private void acceptHeader() {
        slotOfPosition = new int[headerNames.size()];
        headerWidth = lastFilledPosition + 1;
        List<ListingColumn> columns = new ArrayList<>();
        Set<ListingColumn> seen = EnumSet.noneOf(ListingColumn.class);
        for (int position = 0; position < slotOfPosition.length; position++) {
            ListingColumn column = ListingColumn.byHeader(headerNames.get(position)).orElse(null);
            slotOfPosition[position] = column != null && seen.add(column) ? columns.size() : UNKNOWN;
            if (slotOfPosition[position] != UNKNOWN) {
                columns.add(column);
            }
        }
        if (columns.isEmpty()) {
            // most likely a document read in the wrong charset; rows without any known column mean nothing
            throw new UncheckedIOException(new ListingsFormatException(
                    "no listings report column in the header " + abbreviated(headerNames)));
        }
        sink.columns(List.copyOf(columns));
    }

    private static String abbreviated(List<String> names) {
        String all = String.join("|", names);
        return all.length() <= 200 ? all : all.substring(0, 200) + "…";
    }
}
