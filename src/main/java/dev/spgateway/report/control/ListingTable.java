package dev.spgateway.report.control;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * A finished listings report held compactly: its rows' bytes in shared chunks ({@link RowBytes}), each row
 * encoded as {@link RowFormat} says, and an index of the seller SKUs. Immutable, so any number of threads
 * may read it.
 */
public final class ListingTable {

    private static final long OBJECT_OVERHEAD = 128;

    private final RowFormat format;
    private final RowBytes rows;
    /** Rows held; the row arrays may be longer, as the builder grew them. */
    private final int size;
    private final int[] skuHashes;
    private final SkuIndex skuIndex;

    ListingTable(RowFormat format, RowBytes rows, int size, int[] skuHashes) {
        this.format = format;
        this.rows = rows;
        this.size = size;
        this.skuHashes = skuHashes;
        this.skuIndex = hasColumn(ListingColumn.SELLER_SKU) ? SkuIndex.of(size, new SkuKeys()) : null;
    }

    public static ListingTableBuilder builder() {
        return new ListingTableBuilder(HeapClaims.NONE);
    }

    /** A builder that claims the heap of its arrays before allocating them. */
    public static ListingTableBuilder builder(HeapClaims claims) {
        return new ListingTableBuilder(claims);
    }

    public int size() {
        return size;
    }

    /** The columns the document had, in its order. */
    public List<ListingColumn> columns() {
        return format.columns();
    }

    public boolean hasColumn(ListingColumn column) {
        return format.slotOf(column) >= 0;
    }

    /** The row decoded; every column the document had is non-null, the others are null. */
    public ListingRow row(int index) {
        Objects.checkIndex(index, size);
        return new ListingRow(index, format.decodeRow(rows.chunkOf(index), rows.offsetOf(index), rows.endOf(index)));
    }

    /** The first row with this seller SKU (compared exactly), if any. */
    public OptionalInt indexOfSku(String sku) {
        if (skuIndex == null || sku == null) {
            return OptionalInt.empty();
        }
        return skuIndex.find(sku.getBytes(StandardCharsets.UTF_8), new SkuKeys());
    }

    /**
     * Compares a column's text in two rows as {@link String#CASE_INSENSITIVE_ORDER} compares the decoded
     * Strings, without decoding them: sorting a million rows needs no million Strings. A column the
     * document lacks is empty.
     */
    public int compareIgnoringCase(int row, int other, ListingColumn column) {
        int slot = format.slotOf(column);
        if (slot < 0) {
            return 0;
        }
        long field = fieldOf(row, slot);
        long otherField = fieldOf(other, slot);
        byte[] chunk = rows.chunkOf(row);
        byte[] otherChunk = rows.chunkOf(other);
        int from = (int) (field >>> 32);
        int otherFrom = (int) (otherField >>> 32);
        if (FieldDictionary.isCode(chunk, from, (int) field) || FieldDictionary.isCode(otherChunk, otherFrom,
                (int) otherField)) {
            return String.CASE_INSENSITIVE_ORDER.compare(format.decode(slot, chunk, from, (int) field),
                    format.decode(slot, otherChunk, otherFrom, (int) otherField));
        }
        return Utf8Text.compareIgnoringCase(chunk, from, from + (int) field, otherChunk, otherFrom,
                otherFrom + (int) otherField);
    }

    /** The heap the table holds, for size-aware caching: its arrays (with headers) and a little more. */
    public long estimatedBytes() {
        return OBJECT_OVERHEAD + rows.chunkBytes() + rowArrayBytes(rows.capacity()) + format.dictionaryBytes()
                + (skuIndex == null ? 0 : skuIndex.estimatedBytes());
    }

    /** The heap of the three per-row arrays (address, length, SKU hash) at this capacity. */
    static long rowArrayBytes(int capacity) {
        return RowBytes.ARRAY_HEADER + 8L * capacity + 2 * (RowBytes.ARRAY_HEADER + RowBytes.align(4L * capacity));
    }

    /** Where a field of a row starts in its chunk (high int) and how long it is (low int). */
    private long fieldOf(int row, int slot) {
        return RowFormat.fieldOf(rows.chunkOf(row), rows.offsetOf(row), rows.endOf(row), slot);
    }

    /**
     * The SKU index's view of the rows: hashes computed while building, SKU fields compared where they lie
     * in the chunks, so that probing touches the row bytes only when hashes match.
     */
    private final class SkuKeys implements SkuIndex.Keys {
        private final int skuSlot = format.slotOf(ListingColumn.SELLER_SKU);

        @Override
        public int hashOfRow(int row) {
            return skuHashes[row];
        }

        @Override
        public boolean sameKey(int row, int otherRow) {
            if (skuHashes[row] != skuHashes[otherRow]) {
                return false;
            }
            long field = fieldOf(row, skuSlot);
            long other = fieldOf(otherRow, skuSlot);
            return Arrays.equals(rows.chunkOf(row), (int) (field >>> 32), (int) (field >>> 32) + (int) field,
                    rows.chunkOf(otherRow), (int) (other >>> 32), (int) (other >>> 32) + (int) other);
        }

        @Override
        public boolean rowHasKey(int row, byte[] key, int keyHash) {
            if (skuHashes[row] != keyHash) {
                return false;
            }
            long field = fieldOf(row, skuSlot);
            int from = (int) (field >>> 32);
            return Arrays.equals(rows.chunkOf(row), from, from + (int) field, key, 0, key.length);
        }
    }
}
