package dev.spgateway.report.control;

import java.util.OptionalInt;

/**
 * Finds a row by seller SKU: an open-addressing hash table of row numbers (4 bytes per slot, at most half
 * full) whose keys are the SKU bytes already in the table's arena, so a million SKUs cost 8 MB here
 * instead of a HashMap's ~100 MB of entries, boxes and Strings.
 */
final class SkuIndex {

    /** The rows' SKUs, as UTF-8 bytes in the arena. */
    interface Keys {
        int hashOfRow(int row);

        boolean sameKey(int row, int otherRow);

        boolean rowHasKey(int row, byte[] key, int keyHash);
    }

    private static final int EMPTY = 0;
    static final int EMPTY_KEY_HASH = hash(new byte[0], 0, 0);

    private final int[] slots;
    private final int mask;

    private SkuIndex(int[] slots) {
        this.slots = slots;
        this.mask = slots.length - 1;
    }

    /** Indexes rows 0..size-1; when a SKU repeats, the first row with it is found. */
    static SkuIndex of(int size, Keys keys) {
        int capacity = capacity(size);
        int[] slots = new int[capacity];
        int mask = capacity - 1;
        for (int row = 0; row < size; row++) {
            int slot = keys.hashOfRow(row) & mask;
            while (slots[slot] != EMPTY && !keys.sameKey(slots[slot] - 1, row)) {
                slot = (slot + 1) & mask;
            }
            if (slots[slot] == EMPTY) {
                slots[slot] = row + 1;
            }
        }
        return new SkuIndex(slots);
    }

    OptionalInt find(byte[] key, Keys keys) {
        int keyHash = hash(key, 0, key.length);
        int slot = keyHash & mask;
        while (slots[slot] != EMPTY) {
            int row = slots[slot] - 1;
            if (keys.rowHasKey(row, key, keyHash)) {
                return OptionalInt.of(row);
            }
            slot = (slot + 1) & mask;
        }
        return OptionalInt.empty();
    }

    long estimatedBytes() {
        return 32L + 16 + 4L * slots.length;
    }

    /** What an index of this many rows will take, before it is built. */
    static long estimatedBytes(int size) {
        return 32L + 16 + 4L * capacity(size);
    }

    private static int capacity(int size) {
        return Integer.highestOneBit(Math.max(8, size) * 2 - 1) << 1;
    }

    static int hash(byte[] bytes, int offset, int length) {
        int h = 1;
        for (int i = offset; i < offset + length; i++) {
            h = 31 * h + bytes[i];
        }
        // spread into the low bits, which are all the table uses
        h ^= h >>> 16;
        h *= 0x85EBCA6B;
        h ^= h >>> 13;
        return h;
    }
}
