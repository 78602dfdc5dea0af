package dev.spgateway.report.control;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * A finished listings report held compactly: each row is its known fields as UTF-8, separated by tabs (a
 * field never contains one), in shared byte chunks; rows are found through one long (chunk, offset) and
 * one int (length) each. Fields become Strings only when a row is read. Immutable, so any number of
 * threads may read it.
 */
public final class ListingTable {

    private static final String EMPTY = "";
    private static final long ARRAY_HEADER = 16;
    private static final long OBJECT_OVERHEAD = 128;

    private final List<ListingColumn> columns;
    /** Per slot, the repeated values a column's codes stand for; empty for columns kept as text. */
    private final String[][] dictionaries;
    private final int[] slotOfColumn;
    private final byte[][] chunks;
    private final long[] addresses;
    /** Rows held; the row arrays may be longer, as the builder grew them. */
    private final int size;
    private final int[] lengths;
    private final SkuIndex skuIndex;

    private final int[] skuHashes;

    private ListingTable(List<ListingColumn> columns, String[][] dictionaries, byte[][] chunks, int size,
                         long[] addresses, int[] lengths, int[] skuHashes) {
        this.columns = columns;
        this.dictionaries = dictionaries;
        this.size = size;
        this.slotOfColumn = slotsOf(columns);
        this.chunks = chunks;
        this.addresses = addresses;
        this.lengths = lengths;
        this.skuHashes = skuHashes;
        this.skuIndex = hasColumn(ListingColumn.SELLER_SKU) ? SkuIndex.of(size, new SkuKeys()) : null;
    }

    public static Builder builder() {
        return new Builder(HeapClaims.NONE);
    }

    /** A builder that claims the heap of its arrays before allocating them. */
    public static Builder builder(HeapClaims claims) {
        return new Builder(claims);
    }

    public int size() {
        return size;
    }

    /** The columns the document had, in its order. */
    public List<ListingColumn> columns() {
        return columns;
    }

    public boolean hasColumn(ListingColumn column) {
        return slotOfColumn[column.ordinal()] >= 0;
    }

    /** The row decoded; every column the document had is non-null, the others are null. */
    public ListingRow row(int index) {
        Objects.checkIndex(index, size);
        String[] values = new String[ListingColumn.values().length];
        byte[] chunk = chunkOf(index);
        int start = offsetOf(index);
        int end = start + lengths[index];
        int slot = 0;
        for (int fieldStart = start, i = start; i <= end; i++) {
            if (i == end || chunk[i] == '\t') {
                values[columns.get(slot).ordinal()] = decode(slot, chunk, fieldStart, i - fieldStart);
                slot++;
                fieldStart = i + 1;
            }
        }
        return new ListingRow(index, values);
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
        int slot = slotOfColumn[column.ordinal()];
        if (slot < 0) {
            return 0;
        }
        long field = fieldOf(row, slot);
        long otherField = fieldOf(other, slot);
        byte[] chunk = chunkOf(row);
        byte[] otherChunk = chunkOf(other);
        int from = (int) (field >>> 32);
        int otherFrom = (int) (otherField >>> 32);
        if (FieldDictionary.isCode(chunk, from, (int) field) || FieldDictionary.isCode(otherChunk, otherFrom,
                (int) otherField)) {
            return String.CASE_INSENSITIVE_ORDER.compare(decode(slot, chunk, from, (int) field),
                    decode(slot, otherChunk, otherFrom, (int) otherField));
        }
        return Utf8Text.compareIgnoringCase(chunk, from, from + (int) field, otherChunk, otherFrom,
                otherFrom + (int) otherField);
    }

    /** The heap the table holds, for size-aware caching: its arrays (with headers) and a little more. */
    public long estimatedBytes() {
        long bytes = OBJECT_OVERHEAD + ARRAY_HEADER + 8L * chunks.length;
        for (byte[] chunk : chunks) {
            bytes += ARRAY_HEADER + align(chunk.length);
        }
        bytes += rowArrayBytes(addresses.length);
        for (String[] values : dictionaries) {
            for (String value : values) {
                bytes += OBJECT_OVERHEAD + 2L * value.length();
            }
        }
        return bytes + (skuIndex == null ? 0 : skuIndex.estimatedBytes());
    }

    private static long align(long bytes) {
        return (bytes + 7) & ~7L;
    }

    /** The heap of the three per-row arrays (address, length, SKU hash) at this capacity. */
    static long rowArrayBytes(int capacity) {
        return ARRAY_HEADER + 8L * capacity + 2 * (ARRAY_HEADER + align(4L * capacity));
    }

    private String decode(int slot, byte[] chunk, int offset, int length) {
        if (length == 0) {
            return EMPTY;
        }
        if (FieldDictionary.isCode(chunk, offset, length)) {
            return FieldDictionary.valueOf(dictionaries[slot], chunk[offset + 1]);
        }
        return new String(chunk, offset, length, StandardCharsets.UTF_8);
    }

    private byte[] chunkOf(int row) {
        return chunks[(int) (addresses[row] >>> 32)];
    }

    private int offsetOf(int row) {
        return (int) addresses[row];
    }

    /** Where a field of a row starts in its chunk (high int) and how long it is (low int). */
    private long fieldOf(int row, int slot) {
        byte[] chunk = chunkOf(row);
        int start = offsetOf(row);
        int end = start + lengths[row];
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

    private static int[] slotsOf(List<ListingColumn> columns) {
        int[] slots = new int[ListingColumn.values().length];
        Arrays.fill(slots, -1);
        for (int slot = 0; slot < columns.size(); slot++) {
            slots[columns.get(slot).ordinal()] = slot;
        }
        return slots;
    }

    /**
     * The SKU index's view of the rows: hashes computed while building, SKU fields compared where they lie
     * in the arena, so that probing touches the arena only when hashes match.
     */
    private final class SkuKeys implements SkuIndex.Keys {
        private final int skuSlot = slotOfColumn[ListingColumn.SELLER_SKU.ordinal()];

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
            return Arrays.equals(chunkOf(row), (int) (field >>> 32), (int) (field >>> 32) + (int) field,
                    chunkOf(otherRow), (int) (other >>> 32), (int) (other >>> 32) + (int) other);
        }

        @Override
        public boolean rowHasKey(int row, byte[] key, int keyHash) {
            if (skuHashes[row] != keyHash) {
                return false;
            }
            long field = fieldOf(row, skuSlot);
            int from = (int) (field >>> 32);
            return Arrays.equals(chunkOf(row), from, from + (int) field, key, 0, key.length);
        }
    }

    /** Collects parsed rows; single use, one thread. */
    public static final class Builder implements ListingSink {
        private static final int INITIAL_ROWS = 1024;
        private final HeapClaims claims;
        private final ByteArena arena;
        private final Utf8Writer row = new Utf8Writer();
        private List<ListingColumn> columns;
        private FieldDictionary[] dictionaries = new FieldDictionary[0];
        private long[] addresses;
        private int[] lengths;
        private int[] skuHashes;
        private int skuSlot = -1;
        private int rowSkuHash = SkuIndex.EMPTY_KEY_HASH;
        private int size;
        private int nextSlot;
        private boolean built;

        private Builder(HeapClaims claims) {
            this.claims = claims;
            this.arena = new ByteArena(claims);
            claims.claim(rowArrayBytes(INITIAL_ROWS));
            addresses = new long[INITIAL_ROWS];
            lengths = new int[INITIAL_ROWS];
            skuHashes = new int[INITIAL_ROWS];
        }

        @Override
        public void columns(List<ListingColumn> documentColumns) {
            if (columns != null) {
                throw new IllegalStateException("columns already given");
            }
            columns = List.copyOf(documentColumns);
            skuSlot = columns.indexOf(ListingColumn.SELLER_SKU);
            dictionaries = columns.stream()
                    .map(column -> FieldDictionary.REPETITIVE.contains(column) ? new FieldDictionary() : null)
                    .toArray(FieldDictionary[]::new);
        }

        @Override
        public void field(int slot, char[] chars, int offset, int length) {
            padTo(slot);
            int code = slot < dictionaries.length && dictionaries[slot] != null
                    ? dictionaries[slot].codeOf(chars, offset, length) : -1;
            if (code >= 0) {
                row.writeByte(FieldDictionary.MARKER);
                row.writeByte((byte) code);
                return;
            }
            int start = row.length();
            row.write(chars, offset, length);
            if (slot == skuSlot) {
                rowSkuHash = SkuIndex.hash(row.bytes(), start, row.length() - start);
            }
        }

        /** Separators for the slots before this one, including those the row did not fill. */
        private void padTo(int slot) {
            while (nextSlot < slot) {
                separate();
            }
            if (slot > 0) {
                row.writeByte((byte) '\t');
            }
            nextSlot = slot + 1;
        }

        private void separate() {
            if (nextSlot > 0) {
                row.writeByte((byte) '\t');
            }
            nextSlot++;
        }

        @Override
        public void endRow() {
            if (built) {
                throw new IllegalStateException("already built: the table shares this builder's arrays");
            }
            while (nextSlot < columns.size()) {
                separate();
            }
            if (size == lengths.length) {
                grow();
            }
            addresses[size] = arena.append(row.bytes(), row.length());
            lengths[size] = row.length();
            skuHashes[size++] = rowSkuHash;
            rowSkuHash = SkuIndex.EMPTY_KEY_HASH;
            row.clear();
            nextSlot = 0;
        }

        /** While the arrays are copied, the old and the new ones both exist: both are claimed. */
        private void grow() {
            int capacity = size + (size >> 1);
            claims.claim(rowArrayBytes(capacity));
            addresses = Arrays.copyOf(addresses, capacity);
            lengths = Arrays.copyOf(lengths, capacity);
            skuHashes = Arrays.copyOf(skuHashes, capacity);
            claims.release(rowArrayBytes(size));
        }

        public ListingTable build() {
            if (built) {
                throw new IllegalStateException("already built");
            }
            built = true;
            List<ListingColumn> known = columns == null ? List.of() : columns;
            if (known.contains(ListingColumn.SELLER_SKU)) {
                claims.claim(SkuIndex.estimatedBytes(size));
            }
            // the row arrays as they grew: trimmed copies would need a second set of them at the peak
            String[][] values = Arrays.stream(dictionaries)
                    .map(dictionary -> dictionary == null ? new String[0] : dictionary.values())
                    .toArray(String[][]::new);
            return new ListingTable(known, values, arena.finish(), size, addresses, lengths, skuHashes);
        }
    }
}
