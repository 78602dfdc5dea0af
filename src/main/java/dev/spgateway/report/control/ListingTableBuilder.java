package dev.spgateway.report.control;

import java.util.Arrays;
import java.util.List;

/**
 * Collects parsed rows into a {@link ListingTable}, writing each as {@link RowFormat} reads it: fields in the
 * document's order separated by tabs, repeated values as dictionary codes. Single use, one thread.
 */
public final class ListingTableBuilder implements ListingSink {

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

    ListingTableBuilder(HeapClaims claims) {
        this.claims = claims;
        this.arena = new ByteArena(claims);
        claims.claim(ListingTable.rowArrayBytes(INITIAL_ROWS));
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
        claims.claim(ListingTable.rowArrayBytes(capacity));
        addresses = Arrays.copyOf(addresses, capacity);
        lengths = Arrays.copyOf(lengths, capacity);
        skuHashes = Arrays.copyOf(skuHashes, capacity);
        claims.release(ListingTable.rowArrayBytes(size));
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
        return new ListingTable(new RowFormat(known, values), new RowBytes(arena.finish(), addresses, lengths), size,
                skuHashes);
    }
}
