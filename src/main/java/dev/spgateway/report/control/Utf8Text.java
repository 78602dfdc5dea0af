package dev.spgateway.report.control;

/** Reading UTF-8 text where it lies, as the UTF-16 chars a String of it would hold. */
final class Utf8Text {

    private Utf8Text() {
    }

    /**
     * What {@code String.CASE_INSENSITIVE_ORDER} answers for the two byte ranges decoded: code point by
     * code point, equal when equal after upper-casing or after lower-casing that, then the shorter first.
     */
    static int compareIgnoringCase(byte[] a, int aFrom, int aTo, byte[] b, int bFrom, int bTo) {
        int i = aFrom;
        int j = bFrom;
        int aChars = 0;
        int bChars = 0;
        while (i < aTo && j < bTo) {
            if (a[i] >= 0 && b[j] >= 0) {
                // ASCII, nearly every char of a listing: its case folds without a table
                int folded = lowerAscii(a[i++]);
                int otherFolded = lowerAscii(b[j++]);
                aChars++;
                bChars++;
                if (folded != otherFolded) {
                    return folded - otherFolded;
                }
                continue;
            }
            int cp = codePointAt(a, i, aTo);
            int otherCp = codePointAt(b, j, bTo);
            i += length(a[i]);
            j += length(b[j]);
            aChars += Character.charCount(cp);
            bChars += Character.charCount(otherCp);
            if (cp != otherCp) {
                int upper = Character.toUpperCase(cp);
                int otherUpper = Character.toUpperCase(otherCp);
                if (upper != otherUpper) {
                    int lower = Character.toLowerCase(upper);
                    int otherLower = Character.toLowerCase(otherUpper);
                    if (lower != otherLower) {
                        return lower - otherLower;
                    }
                }
            }
        }
        return (aChars + chars(a, i, aTo)) - (bChars + chars(b, j, bTo));
    }

    private static int lowerAscii(byte c) {
        return c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c;
    }

    private static int chars(byte[] bytes, int from, int to) {
        int count = 0;
        for (int i = from; i < to; i += length(bytes[i])) {
            count += length(bytes[i]) == 4 ? 2 : 1;
        }
        return count;
    }

    /** How many bytes the sequence starting with this byte takes (a stray continuation byte counts one). */
    private static int length(byte lead) {
        int b = lead & 0xFF;
        return b < 0xC0 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
    }

    private static int codePointAt(byte[] bytes, int i, int to) {
        int b = bytes[i] & 0xFF;
        int length = length(bytes[i]);
        if (length == 1 || i + length > to) {
            return b < 0x80 ? b : '\uFFFD';
        }
        int cp = b & (0xFF >> (length + 1));
        for (int k = 1; k < length; k++) {
            cp = cp << 6 | bytes[i + k] & 0x3F;
        }
        return cp;
    }
}
