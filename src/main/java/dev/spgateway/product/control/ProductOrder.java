package dev.spgateway.product.control;

import dev.spgateway.report.control.ListingColumn;
import dev.spgateway.report.control.ListingTable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.function.IntBinaryOperator;
import java.util.function.IntFunction;

/**
 * A report's row numbers in the order of a sort key, ties in row order (both reversed when descending).
 * Computed with little more heap than the order itself: text is compared where it lies in the table,
 * numbers are read into a primitive array or one object per row, and the positions are merge-sorted as
 * ints, never boxed. A million rows sort within a few megabytes beside the table.
 */
final class ProductOrder {

    private ProductOrder() {
    }

    static int[] of(ListingTable table, String sortBy, boolean descending) {
        IntBinaryOperator byKey = byKey(table, sortBy);
        IntBinaryOperator order = (a, b) -> {
            int compared = byKey.applyAsInt(a, b);
            int total = compared != 0 ? compared : Integer.compare(a, b);
            return descending ? -total : total;
        };
        int[] rows = new int[table.size()];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = i;
        }
        mergeSort(rows, order);
        return rows;
    }

    /** An upper bound of the heap sorting takes while it runs: the merge's second array and the keys. */
    static long workBytes(ListingTable table, String sortBy) {
        long rows = table.size();
        long keys = switch (sortBy) {
            // a BigDecimal (with its digits for long ones) or an Instant per row, and its reference
            case "price" -> 56 * rows;
            case "create_at" -> 32 * rows;
            case "quantity" -> 4 * rows;
            default -> 0;
        };
        return 16 + 4 * rows + keys;
    }

    private static IntBinaryOperator byKey(ListingTable table, String sortBy) {
        return switch (sortBy) {
            case "name" -> (a, b) -> table.compareIgnoringCase(a, b, ListingColumn.ITEM_NAME);
            case "price" -> byObjects(table, row -> ProductStock.price(table.row(row).get(ListingColumn.PRICE)),
                    Comparator.nullsLast(Comparator.<BigDecimal>naturalOrder()));
            case "quantity" -> {
                int[] quantities = new int[table.size()];
                for (int row = 0; row < quantities.length; row++) {
                    quantities[row] = ProductStock.quantity(table.row(row).get(ListingColumn.QUANTITY));
                }
                yield (a, b) -> Integer.compare(quantities[a], quantities[b]);
            }
            case "create_at" -> byObjects(table, row -> OpenDates.parseReportDate(table.row(row)
                    .get(ListingColumn.OPEN_DATE)).map(OffsetDateTime::toInstant).orElse(null),
                    Comparator.nullsLast(Comparator.<Instant>naturalOrder()));
            default -> (a, b) -> table.compareIgnoringCase(a, b, ListingColumn.SELLER_SKU);
        };
    }

    private static <K> IntBinaryOperator byObjects(ListingTable table, IntFunction<K> key, Comparator<K> order) {
        Object[] keys = new Object[table.size()];
        for (int row = 0; row < keys.length; row++) {
            keys[row] = key.apply(row);
        }
        @SuppressWarnings("unchecked")
        IntBinaryOperator compare = (a, b) -> order.compare((K) keys[a], (K) keys[b]);
        return compare;
    }

    /** Bottom-up merge sort of ints by a total order, with one array beside them. */
    private static void mergeSort(int[] rows, IntBinaryOperator order) {
        int[] from = rows;
        int[] to = new int[rows.length];
        for (int width = 1; width < rows.length; width *= 2) {
            for (int start = 0; start < rows.length; start += 2 * width) {
                int middle = Math.min(start + width, rows.length);
                int end = Math.min(start + 2 * width, rows.length);
                merge(from, to, start, middle, end, order);
            }
            int[] swap = from;
            from = to;
            to = swap;
        }
        if (from != rows) {
            System.arraycopy(from, 0, rows, 0, rows.length);
        }
    }

    private static void merge(int[] from, int[] to, int start, int middle, int end, IntBinaryOperator order) {
        int left = start;
        int right = middle;
        for (int i = start; i < end; i++) {
            if (left < middle && (right >= end || order.applyAsInt(from[left], from[right]) <= 0)) {
                to[i] = from[left++];
            } else {
                to[i] = from[right++];
            }
        }
    }
}
