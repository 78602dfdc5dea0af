package dev.spgateway.product.control;

import dev.spgateway.report.control.CachedReport;
import dev.spgateway.report.control.ListingColumn;
import dev.spgateway.report.control.ListingRow;
import dev.spgateway.report.control.ListingTable;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.IntStream;

/**
 * Finds a page of products in a cached report. An unfiltered list in report order is read straight by
 * position; sort orders are computed once per report and kept with it. Sorting a large report takes
 * much heap for a moment (a key object per row), so that is claimed from the report cache's budget first.
 */
public final class ProductSearch {

    private ProductSearch() {
    }

    public record Page(int total, List<ListingRow> rows) {
    }

    public static Page page(CachedReport report, ProductFilter filter, int start, int count) {
        ListingTable table = report.table();
        int[] order = order(report, filter);
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

    private static int[] order(CachedReport report, ProductFilter filter) {
        if (filter.sortBy().isEmpty()) {
            return null;
        }
        String sortBy = filter.sortBy().get();
        boolean descending = filter.descending();
        ListingTable table = report.table();
        return report.derived("order:" + sortBy + ":" + (descending ? "desc" : "asc"), sortingBytes(table, sortBy),
                16 + 4L * table.size(), () -> sorted(table, sortBy, descending));
    }

    /**
     * An upper bound of the heap a sort takes while it runs: per row a boxed position with its reference
     * and the sort's merge space (about 32 bytes) and the key's reference; then the keys themselves.
     */
    static long sortingBytes(ListingTable table, String sortBy) {
        long rows = table.size();
        long keys = switch (sortBy) {
            case "price" -> 48 * rows;
            case "quantity" -> 16 * rows;
            case "create_at" -> 32 * rows;
            // a String per row: its object, its array's header and up to two bytes per char
            case "name" -> 48 * rows + 2 * table.fieldBytes(ListingColumn.ITEM_NAME);
            default -> 48 * rows + 2 * table.fieldBytes(ListingColumn.SELLER_SKU);
        };
        return 40 * rows + keys;
    }

    private static int[] sorted(ListingTable table, String sortBy, boolean descending) {
        Comparator<Integer> comparator = switch (sortBy) {
            case "name" -> byText(table, ListingColumn.ITEM_NAME);
            case "price" -> byKey(table, row -> ProductMapper.price(row.get(ListingColumn.PRICE)),
                    Comparator.nullsLast(Comparator.<BigDecimal>naturalOrder()));
            case "quantity" -> byKey(table, row -> ProductMapper.quantity(row.get(ListingColumn.QUANTITY)),
                    Comparator.<Integer>naturalOrder());
            case "create_at" -> byKey(table, row -> OpenDates.parseReportDate(row.get(ListingColumn.OPEN_DATE))
                    .map(java.time.OffsetDateTime::toInstant).orElse(null),
                    Comparator.nullsLast(Comparator.<java.time.Instant>naturalOrder()));
            default -> byText(table, ListingColumn.SELLER_SKU);
        };
        if (descending) {
            comparator = comparator.reversed();
        }
        return IntStream.range(0, table.size()).boxed().sorted(comparator).mapToInt(Integer::intValue).toArray();
    }

    private static Comparator<Integer> byText(ListingTable table, ListingColumn column) {
        String[] keys = new String[table.size()];
        for (int i = 0; i < keys.length; i++) {
            String value = table.row(i).get(column);
            keys[i] = value == null ? "" : value;
        }
        return Comparator.comparing((Integer i) -> keys[i], String.CASE_INSENSITIVE_ORDER)
                .thenComparing(i -> i);
    }

    private static <K> Comparator<Integer> byKey(ListingTable table, Function<ListingRow, K> key,
            Comparator<K> order) {
        Object[] keys = new Object[table.size()];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = key.apply(table.row(i));
        }
        @SuppressWarnings("unchecked")
        Comparator<Integer> comparator = Comparator.comparing((Integer i) -> (K) keys[i], order);
        return comparator.thenComparing(i -> i);
    }
}
