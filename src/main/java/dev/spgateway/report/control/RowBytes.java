package dev.spgateway.report.control;

/**
 * Where a listings table's rows lie: each row's bytes in one of the shared chunks, found through one long
 * (chunk index in the high int, offset in the low int) and one int (length). What the bytes mean is
 * {@link RowFormat}'s concern.
 */
final class RowBytes {

    static final long ARRAY_HEADER = 16;

    private final byte[][] chunks;
    private final long[] addresses;
    private final int[] lengths;

    /** The row arrays may be longer than the rows held, as the builder grew them. */
    RowBytes(byte[][] chunks, long[] addresses, int[] lengths) {
        this.chunks = chunks;
        this.addresses = addresses;
        this.lengths = lengths;
    }

    byte[] chunkOf(int row) {
        return chunks[(int) (addresses[row] >>> 32)];
    }

    int offsetOf(int row) {
        return (int) addresses[row];
    }

    int endOf(int row) {
        return (int) addresses[row] + lengths[row];
    }

    /** The capacity of the row arrays: the builder's, untrimmed. */
    int capacity() {
        return addresses.length;
    }

    /** The chunks' heap, with their headers; {@link ListingTable#rowArrayBytes} counts the per-row arrays. */
    long chunkBytes() {
        long bytes = ARRAY_HEADER + 8L * chunks.length;
        for (byte[] chunk : chunks) {
            bytes += ARRAY_HEADER + align(chunk.length);
        }
        return bytes;
    }

    static long align(long bytes) {
        return (bytes + 7) & ~7L;
    }
}
