package dev.spgateway.report.control;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** Recognises and consumes a byte order mark at the start of a document. */
final class ByteOrderMark {

    private ByteOrderMark() {
    }

    /** The charset a leading byte order mark stands for; the mark is consumed, anything else is left unread. */
    static Optional<Charset> consume(BufferedInputStream in) throws IOException {
        in.mark(3);
        int b0 = in.read();
        int b1 = in.read();
        int b2 = in.read();
        in.reset();
        if (b0 == 0xEF && b1 == 0xBB && b2 == 0xBF) {
            in.skipNBytes(3);
            return Optional.of(StandardCharsets.UTF_8);
        }
        if (b0 == 0xFE && b1 == 0xFF) {
            in.skipNBytes(2);
            return Optional.of(StandardCharsets.UTF_16BE);
        }
        if (b0 == 0xFF && b1 == 0xFE) {
            in.skipNBytes(2);
            return Optional.of(StandardCharsets.UTF_16LE);
        }
        return Optional.empty();
    }
}
