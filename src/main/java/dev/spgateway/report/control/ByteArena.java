package dev.spgateway.report.control;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Rows' bytes in a few large chunks instead of an object per row or field. A row never straddles two
 * chunks, so a row is one (chunk, offset, length) slice. Chunks stay well below the largest array the JVM
 * can allocate and never need copying as the arena grows.
 */
final class ByteArena {

    /** 16 MiB with the array header: G1 stores such an array in whole regions without a wasted tail. */
    static final int CHUNK = (1 << 24) - 16;

    private final List<byte[]> chunks = new ArrayList<>();
    private final HeapClaims claims;
    private byte[] current;
    private int used;

    ByteArena(HeapClaims claims) {
        this.claims = claims;
    }

    /** Copies the bytes in and answers where they are: chunk index in the high int, offset in the low. */
    long append(byte[] bytes, int length) {
        if (current == null || used + length > current.length) {
            startChunk(length);
        }
        System.arraycopy(bytes, 0, current, used, length);
        long address = (long) (chunks.size() - 1) << 32 | used;
        used += length;
        return address;
    }

    private void startChunk(int atLeast) {
        // a full chunk keeps its unused tail (less than a row): cheaper than copying 16 MB to cut it
        int size = Math.max(CHUNK, atLeast);
        claims.claim(arrayBytes(size));
        current = new byte[size];
        chunks.add(current);
        used = 0;
    }

    /** The chunks, the last cut to what it holds. */
    byte[][] finish() {
        trimCurrent();
        return chunks.toArray(new byte[0][]);
    }

    private void trimCurrent() {
        if (current != null && used < current.length) {
            // for a moment both the chunk and its cut copy exist
            claims.claim(arrayBytes(used));
            byte[] full = current;
            current = Arrays.copyOf(current, used);
            chunks.set(chunks.size() - 1, current);
            claims.release(arrayBytes(full.length));
        }
    }

    /** The heap a byte array of this length takes: its header, the bytes, padding to 8. */
    static long arrayBytes(long length) {
        return 16 + ((length + 7) & ~7L);
    }
}
