package dev.spgateway.report.control;

import java.io.FilterReader;
import java.io.IOException;
import java.io.PushbackReader;
import java.io.Reader;

/**
 * Hides from FastCSV the two things it would read differently from Amazon. Amazon ends rows with "\n" or
 * "\r\n" only, and a lone "\r" is part of a field, but FastCSV (RFC 4180) ends a record at a lone CR, so a
 * lone CR is handed on as {@link #LONE_CR}. Amazon never quotes fields, but FastCSV has no switch to turn
 * quoting off, so FastCSV gets {@link #NO_QUOTE} as its quote character, which this reader never hands on.
 * Both are Unicode noncharacters, which no listing text means to contain: a document's own U+FFFE and U+FFFF
 * come out as U+FFFD.
 */
final class LoneCarriageReturnReader extends FilterReader {

    static final char LONE_CR = '\uFFFF';
    static final char NO_QUOTE = '\uFFFE';
    private static final char REPLACEMENT = '\uFFFD';

    private final PushbackReader source;
    private volatile boolean loneCarriageReturnSeen;

    LoneCarriageReturnReader(Reader in) {
        this(new PushbackReader(in, 1));
    }

    private LoneCarriageReturnReader(PushbackReader source) {
        super(source);
        this.source = source;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        int count = source.read(buffer, offset, length);
        int end = offset + count;
        for (int i = offset; i < end; i++) {
            char c = buffer[i];
            if (c >= NO_QUOTE) {
                buffer[i] = REPLACEMENT;
            } else if (c == '\r' && !followedByLineFeed(buffer, i + 1, end)) {
                buffer[i] = LONE_CR;
                loneCarriageReturnSeen = true;
            }
        }
        return count;
    }

    /**
     * Whether a lone CR has been masked so far. Set before the masked chars are handed on, so a reader of
     * those chars (on whatever thread they were passed to through a queue) sees it set.
     */
    boolean loneCarriageReturnSeen() {
        return loneCarriageReturnSeen;
    }

    @Override
    public int read() throws IOException {
        char[] one = new char[1];
        return read(one, 0, 1) < 0 ? -1 : one[0];
    }

    private boolean followedByLineFeed(char[] buffer, int next, int end) throws IOException {
        if (next < end) {
            return buffer[next] == '\n';
        }
        int peeked = source.read();
        if (peeked >= 0) {
            source.unread(peeked);
        }
        return peeked == '\n';
    }
}
