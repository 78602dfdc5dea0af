package dev.spgateway.product.control;

import dev.spgateway.report.control.CachedReport;
import dev.spgateway.report.control.ListingRow;
import dev.spgateway.report.control.ListingTable;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.IntStream;

/**
 * Finds a page of products in a cached report. An unfiltered list in report order is read straight by
 * position; sort orders are computed once per report and kept with it, their heap claimed from the
 * report cache's budget first (see {@link ProductOrder}).
 */
public final class ProductSearch {

    private ProductSearch() {
    }

    public record Page(int total, List<ListingRow> rows) {
    }

    /** A page; a sort order another request is computing is waited for at most {@code sortWait}. */
    public static Page page(CachedReport report, ProductFilter filter, int start, int count, Duration sortWait) {
        ListingTable table = report.table();
        int[] order = order(report, filter, sortWait);
        if (filter.isEmpty()) {
            int size = order == null ? table.size() : order.length;
            return new Page(size, rows(table, order, start, count, size));
        }
        Predicate<ListingRow> predicate = filter.predicate();
        IntStream positions = order == null ? IntStream.range(0, table.size()) : IntStream.of(order);
        int[] matches = positions.filter(i -> predicate.test(table.row(i))).toArray();
        return new Page(matches.length, rows(table, matches, start, count, matches.length));
    }

    public static int count(CachedReport report, ProductFilter filter) {
        ListingTable table = report.table();
        if (filter.isEmpty()) {
            return table.size();
        }
        Predicate<ListingRow> predicate = filter.predicate();
        return (int) IntStream.range(0, table.size()).filter(i -> predicate.test(table.row(i))).count();
    }

    private static List<ListingRow> rows(ListingTable table, int[] order, int start, int count, int size) {
        int end = (int) Math.min((long) start + count, size);
        if (start >= end) {
            return List.of();
        }
        return IntStream.range(start, end).mapToObj(i -> table.row(order == null ? i : order[i])).toList();
    }

    private static int[] order(CachedReport report, ProductFilter filter, Duration sortWait) {
        if (filter.sortBy().isEmpty()) {
            return null;
        }
        String sortBy = filter.sortBy().get();
        boolean descending = filter.descending();
        ListingTable table = report.table();
        return report.derived("order:" + sortBy + ":" + (descending ? "desc" : "asc"),
                ProductOrder.workBytes(table, sortBy), 16 + 4L * table.size(), sortWait,
                () -> ProductOrder.of(table, sortBy, descending));
    }
}
