package dev.spgateway.report.control;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.SequenceInputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.CoderResult;
import java.util.logging.Logger;

/**
 * Decodes a document in the multi-byte charset its Content-Type declares (UTF-8, say), strictly. A label
 * can be wrong: Amazon's document host has sent windows-1252 files labelled UTF-8. When the bytes turn
 * out not to be the declared charset before any non-ASCII text was read, nothing read so far depends on
 * the charset, so the rest is read in the marketplace's usual one and the document comes out right. Past
 * non-ASCII text that is no longer possible, and the document is refused rather than read half wrong.
 */
final class DeclaredCharsetReader extends Reader {

    private static final Logger LOG = Logger.getLogger(DeclaredCharsetReader.class.getName());
    private static final int BUFFER = 1 << 15;

    private final InputStream in;
    private final Charset declared;
    private final Charset fallback;
    private final CharsetDecoder decoder;
    private final ByteBuffer bytes = ByteBuffer.allocate(BUFFER).flip();
    private long bytesRead;
    private boolean endOfInput;
    private boolean finished;
    private boolean nonAsciiSeen;
    private Reader switched;

    DeclaredCharsetReader(InputStream in, Charset declared, Charset fallback) {
        this.in = in;
        this.declared = declared;
        this.fallback = fallback;
        this.decoder = declared.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    @Override
    public int read(char[] target, int offset, int length) throws IOException {
        if (switched != null) {
            return switched.read(target, offset, length);
        }
        if (length == 0) {
            return 0;
        }
        if (finished) {
            return -1;
        }
        CharBuffer out = CharBuffer.wrap(target, offset, length);
        while (true) {
            CoderResult result = decoder.decode(bytes, out, endOfInput);
            boolean produced = out.position() > offset;
            if (result.isError()) {
                if (produced) {
                    break;
                }
                return fallBack(target, offset, length);
            }
            if (result.isOverflow() || produced && !endOfInput) {
                break;
            }
            if (endOfInput) {
                decoder.flush(out);
                finished = true;
                if (out.position() == offset) {
                    return -1;
                }
                break;
            }
            fill();
        }
        int count = out.position() - offset;
        noteNonAscii(target, offset, count);
        return count;
    }

    private void fill() throws IOException {
        bytes.compact();
        int count = in.read(bytes.array(), bytes.position(), bytes.remaining());
        if (count < 0) {
            endOfInput = true;
        } else {
            bytes.position(bytes.position() + count);
            bytesRead += count;
        }
        bytes.flip();
    }

    private void noteNonAscii(char[] chars, int offset, int count) {
        for (int i = offset; i < offset + count && !nonAsciiSeen; i++) {
            nonAsciiSeen = chars[i] >= 0x80;
        }
    }

    private int fallBack(char[] target, int offset, int length) throws IOException {
        long position = bytesRead - bytes.remaining();
        if (nonAsciiSeen) {
            throw new ListingsFormatException("the document is not " + declared.name() + " as its Content-Type "
                    + "says (byte " + position + " is not), and text before it was read as " + declared.name());
        }
        LOG.warning(() -> "A report document labelled " + declared.name() + " is not (byte " + position
                + "): read as " + fallback.name() + ", the marketplace's charset");
        InputStream rest = new SequenceInputStream(
                new ByteArrayInputStream(bytes.array(), bytes.position(), bytes.remaining()), in);
        switched = SingleByteReader.of(rest, fallback).orElseGet(() -> new InputStreamReader(rest, fallback));
        return switched.read(target, offset, length);
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
