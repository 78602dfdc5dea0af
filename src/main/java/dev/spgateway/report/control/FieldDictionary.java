package dev.spgateway.report.control;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

/**
 * The values a column repeats row after row (a channel, a status, a shipping template), each kept once:
 * a row holds a two-byte code instead of the text. The code is {@link #MARKER}, which UTF-8 never
 * contains, then the value's number with the high bit set, so it is never a tab. A column that turns out
 * to have many different values simply keeps its text once the dictionary is full.
 */
final class FieldDictionary {

    static final byte MARKER = (byte) 0xFF;
    static final int CODE_LENGTH = 2;
    /** Columns whose values repeat in Amazon's listings reports. */
    static final Set<ListingColumn> REPETITIVE = EnumSet.of(ListingColumn.ITEM_CONDITION,
            ListingColumn.ZSHOP_SHIPPING_FEE, ListingColumn.ZSHOP_CATEGORY1, ListingColumn.ZSHOP_BROWSE_PATH,
            ListingColumn.ZSHOP_STOREFRONT_FEATURE, ListingColumn.ZSHOP_BOLDFACE,
            ListingColumn.WILL_SHIP_INTERNATIONALLY, ListingColumn.EXPEDITED_SHIPPING,
            ListingColumn.BID_FOR_FEATURED_PLACEMENT, ListingColumn.ADD_DELETE, ListingColumn.FULFILLMENT_CHANNEL,
            ListingColumn.MERCHANT_SHIPPING_GROUP, ListingColumn.STATUS, ListingColumn.ITEM_NOTE);
    /** Few enough that looking a value up by comparing stays cheaper than hashing it. */
    private static final int MAX_VALUES = 32;

    private final String[] values = new String[MAX_VALUES];
    private int size;

    /** The value's code byte (high bit set), or -1 when the text is short or the dictionary is full. */
    int codeOf(char[] chars, int offset, int length) {
        if (length <= CODE_LENGTH) {
            return -1;
        }
        for (int code = 0; code < size; code++) {
            if (sameText(values[code], chars, offset, length)) {
                return 0x80 | code;
            }
        }
        if (size == MAX_VALUES) {
            return -1;
        }
        values[size] = new String(chars, offset, length);
        return 0x80 | size++;
    }

    String[] values() {
        return Arrays.copyOf(values, size);
    }

    static boolean isCode(byte[] bytes, int offset, int length) {
        return length == CODE_LENGTH && bytes[offset] == MARKER;
    }

    static String valueOf(String[] values, byte code) {
        return values[code & 0x7F];
    }

    private static boolean sameText(String value, char[] chars, int offset, int length) {
        if (value.length() != length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (value.charAt(i) != chars[offset + i]) {
                return false;
            }
        }
        return true;
    }
}
