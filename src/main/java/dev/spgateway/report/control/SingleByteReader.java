package dev.spgateway.report.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.util.Optional;

/**
 * Decodes a single-byte charset (windows-1252, in which most listings reports come) through a 256-entry
 * table: several times faster than the JDK's general decoder, which matters because decoding a large
 * report costs about as much as inflating it. The table comes from the JDK's own decoder, so the
 * characters are the same; bytes the charset leaves undefined become U+FFFD, as there.
 */
final class SingleByteReader extends Reader {

    private final InputStream in;
    private final char[] table;
    private final byte[] bytes = new byte[1 << 15];

    private SingleByteReader(InputStream in, char[] table) {
        this.in = in;
        this.table = table;
    }

    /** A table-driven reader if every byte of the charset decodes to exactly one char, else empty. */
    static Optional<Reader> of(InputStream in, Charset charset) {
        return tableOf(charset).map(table -> new SingleByteReader(in, table));
    }

    static Optional<char[]> tableOf(Charset charset) {
        // a decoder's maxCharsPerByte is 1 for UTF-8 as well: only the encoder tells multi-byte charsets apart
        if (!charset.canEncode() || charset.newEncoder().maxBytesPerChar() != 1.0f) {
            return Optional.empty();
        }
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        char[] table = new char[256];
        for (int b = 0; b < 256; b++) {
            CharBuffer decoded = CharBuffer.allocate(4);
            decoder.reset();
            decoder.decode(ByteBuffer.wrap(new byte[] {(byte) b}), decoded, true);
            decoder.flush(decoded);
            if (decoded.position() != 1) {
                return Optional.empty();
            }
            table[b] = decoded.get(0);
        }
        return Optional.of(table);
    }

    @Override
    public int read(char[] target, int offset, int length) throws IOException {
        int count = in.read(bytes, 0, Math.min(length, bytes.length));
        for (int i = 0; i < count; i++) {
            target[offset + i] = table[bytes[i] & 0xFF];
        }
        return count;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
