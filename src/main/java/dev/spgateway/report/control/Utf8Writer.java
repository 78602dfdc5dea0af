package dev.spgateway.report.control;

import java.util.Arrays;

/** A growable byte buffer that encodes chars as UTF-8, faster than a CharsetEncoder for short fields. */
final class Utf8Writer {

    private byte[] bytes = new byte[1024];
    private int length;

    int length() {
        return length;
    }

    byte[] bytes() {
        return bytes;
    }

    void clear() {
        length = 0;
    }

    void writeByte(byte b) {
        ensure(1);
        bytes[length++] = b;
    }

    void write(char[] chars, int offset, int count) {
        ensure(count * 3);
        int end = offset + count;
        int i = offset;
        // locals, so that the JIT keeps them in registers in the loop that sees nearly every char
        byte[] out = bytes;
        int written = length;
        while (i < end && chars[i] < 0x80) {
            out[written++] = (byte) chars[i++];
        }
        length = written;
        while (i < end) {
            i = writeChar(chars, i, end);
        }
    }

    private int writeChar(char[] chars, int i, int end) {
        char c = chars[i];
        if (c < 0x80) {
            bytes[length++] = (byte) c;
        } else if (c < 0x800) {
            bytes[length++] = (byte) (0xC0 | c >> 6);
            bytes[length++] = (byte) (0x80 | c & 0x3F);
        } else if (Character.isHighSurrogate(c) && i + 1 < end && Character.isLowSurrogate(chars[i + 1])) {
            int codePoint = Character.toCodePoint(c, chars[i + 1]);
            bytes[length++] = (byte) (0xF0 | codePoint >> 18);
            bytes[length++] = (byte) (0x80 | codePoint >> 12 & 0x3F);
            bytes[length++] = (byte) (0x80 | codePoint >> 6 & 0x3F);
            bytes[length++] = (byte) (0x80 | codePoint & 0x3F);
            return i + 2;
        } else if (Character.isSurrogate(c)) {
            // an unpaired surrogate has no UTF-8 form; String's own encoder writes '?' too
            bytes[length++] = '?';
        } else {
            bytes[length++] = (byte) (0xE0 | c >> 12);
            bytes[length++] = (byte) (0x80 | c >> 6 & 0x3F);
            bytes[length++] = (byte) (0x80 | c & 0x3F);
        }
        return i + 1;
    }

    private void ensure(int more) {
        if (length + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + more));
        }
    }
}
