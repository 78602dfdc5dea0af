package dev.spgateway.report.control;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * How a listings table encodes a row: the document's fields in its column order as UTF-8, separated by
 * tabs (a field never contains one), a repeated value as its {@link FieldDictionary} code. Fields become
 * Strings only when read.
 */
final class RowFormat {

    private static final String EMPTY = "";
    private static final long STRING_OVERHEAD = 128;

    private final List<ListingColumn> columns;
    private final int[] slotOfColumn;
    /** Per slot, the repeated values a column's codes stand for; empty for columns kept as text. */
    private final String[][] dictionaries;

    RowFormat(List<ListingColumn> columns, String[][] dictionaries) {
        this.columns = columns;
        this.dictionaries = dictionaries;
        this.slotOfColumn = slotsOf(columns);
    }

    List<ListingColumn> columns() {
        return columns;
    }

    /** The column's place in a row, or -1 when the document did not have it. */
    int slotOf(ListingColumn column) {
        return slotOfColumn[column.ordinal()];
    }

    /** Each field of the row's bytes decoded into its column's place; the document's other columns stay null. */
    String[] decodeRow(byte[] chunk, int start, int end) {
        String[] values = new String[ListingColumn.values().length];
        int slot = 0;
        for (int fieldStart = start, i = start; i <= end; i++) {
            if (i == end || chunk[i] == '\t') {
                values[columns.get(slot).ordinal()] = decode(slot, chunk, fieldStart, i - fieldStart);
                slot++;
                fieldStart = i + 1;
            }
        }
        return values;
    }

    String decode(int slot, byte[] chunk, int offset, int length) {
        if (length == 0) {
            return EMPTY;
        }
        if (FieldDictionary.isCode(chunk, offset, length)) {
            return FieldDictionary.valueOf(dictionaries[slot], chunk[offset + 1]);
        }
        return new String(chunk, offset, length, StandardCharsets.UTF_8);
    }

    /** Where a field of the row's bytes starts (high int) and how long it is (low int). */
    static long fieldOf(byte[] chunk, int start, int end, int slot) {
        for (int skipped = 0; skipped < slot; start++) {
            if (chunk[start] == '\t') {
                skipped++;
            }
        }
        int stop = start;
        while (stop < end && chunk[stop] != '\t') {
            stop++;
        }
        return (long) start << 32 | (stop - start);
    }

    /** The heap of the repeated values. */
    long dictionaryBytes() {
        long bytes = 0;
        for (String[] values : dictionaries) {
            for (String value : values) {
                bytes += STRING_OVERHEAD + 2L * value.length();
            }
        }
        return bytes;
    }

    private static int[] slotsOf(List<ListingColumn> columns) {
        int[] slots = new int[ListingColumn.values().length];
        Arrays.fill(slots, -1);
        for (int slot = 0; slot < columns.size(); slot++) {
            slots[columns.get(slot).ordinal()] = slot;
        }
        return slots;
    }
}
