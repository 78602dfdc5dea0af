package dev.spgateway.product.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.spgateway.report.control.ListingColumn;
import dev.spgateway.report.control.ListingTable;
import dev.spgateway.report.control.ListingsDocumentReader;
import dev.spgateway.sandbox.listings.ListingsCatalog;
import dev.spgateway.sandbox.listings.ListingsDocumentWriter;
import dev.spgateway.sandbox.listings.ListingsEncoding;
import dev.spgateway.sandbox.listings.ListingsReportType;
import dev.spgateway.sandbox.sellers.Marketplace;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Sort orders computed without a String or a box per row come out exactly as sorting the decoded values
 * does: case-insensitive text (accents, curly quotes, Japanese), missing prices last, ties in row order.
 */
class ProductOrderTest {

    private static final ListingTable WESTERN = table("ATVPDKIKX0DER", ListingsEncoding.CP1252, 3_000);
    private static final ListingTable JAPANESE = table("A1VC38T7YXB528", ListingsEncoding.WINDOWS_31J, 800);

    @Test
    void everySortKeyInBothDirectionsMatchesSortingTheDecodedValues() {
        for (ListingTable table : new ListingTable[] {WESTERN, JAPANESE}) {
            for (String sortBy : new String[] {"id", "name", "price", "quantity", "create_at"}) {
                for (boolean descending : new boolean[] {false, true}) {
                    assertArrayEquals(decodedOrder(table, sortBy, descending),
                            ProductOrder.of(table, sortBy, descending), sortBy + (descending ? " desc" : " asc"));
                }
            }
        }
    }

    @Test
    void textDiffersOnlyInCaseIsEqualAndTiesKeepTheirRows() throws IOException {
        ListingTable table = ListingsDocumentReader.readTable(new ByteArrayInputStream(("seller-sku\titem-name\n"
                + "a\tÉclair\nb\téclair\nc\tECLAIR\nd\teclair\ne\tÉclaire\n").getBytes(
                java.nio.charset.StandardCharsets.UTF_8)), false, "text/plain;charset=UTF-8", "ATVPDKIKX0DER");

        assertArrayEquals(new int[] {2, 3, 0, 1, 4}, ProductOrder.of(table, "name", false));
        assertArrayEquals(new int[] {4, 1, 0, 3, 2}, ProductOrder.of(table, "name", true));
        assertEquals(0, table.compareIgnoringCase(0, 1, ListingColumn.ITEM_NAME));
    }

    /** The order as sorting boxed positions by decoded keys gives it. */
    private static int[] decodedOrder(ListingTable table, String sortBy, boolean descending) {
        Comparator<Integer> byKey = switch (sortBy) {
            case "name" -> byValue(table, i -> text(table, i, ListingColumn.ITEM_NAME), String.CASE_INSENSITIVE_ORDER);
            case "price" -> byValue(table, i -> ProductStock.price(table.row(i).get(ListingColumn.PRICE)),
                    Comparator.nullsLast(Comparator.<BigDecimal>naturalOrder()));
            case "quantity" -> byValue(table, i -> ProductStock.quantity(table.row(i).get(ListingColumn.QUANTITY)),
                    Comparator.<Integer>naturalOrder());
            case "create_at" -> byValue(table, i -> OpenDates.parseReportDate(table.row(i).get(ListingColumn.OPEN_DATE))
                    .map(OffsetDateTime::toInstant).orElse(null), Comparator.nullsLast(Comparator.<Instant>naturalOrder()));
            default -> byValue(table, i -> text(table, i, ListingColumn.SELLER_SKU), String.CASE_INSENSITIVE_ORDER);
        };
        Comparator<Integer> order = byKey.thenComparing(i -> i);
        return IntStream.range(0, table.size()).boxed().sorted(descending ? order.reversed() : order)
                .mapToInt(Integer::intValue).toArray();
    }

    private static <K> Comparator<Integer> byValue(ListingTable table, Function<Integer, K> key, Comparator<K> order) {
        return (a, b) -> order.compare(key.apply(a), key.apply(b));
    }

    private static String text(ListingTable table, int row, ListingColumn column) {
        String value = table.row(row).get(column);
        return value == null ? "" : value;
    }

    private static ListingTable table(String marketplaceId, ListingsEncoding encoding, int rows) {
        try {
            ByteArrayOutputStream document = new ByteArrayOutputStream();
            ListingsDocumentWriter.write(new ListingsCatalog(7, rows, Marketplace.byId(marketplaceId).orElseThrow()),
                    ListingsReportType.GET_MERCHANT_LISTINGS_ALL_DATA, encoding, document);
            return ListingsDocumentReader.readTable(new ByteArrayInputStream(document.toByteArray()), false,
                    encoding.contentType(), marketplaceId);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
