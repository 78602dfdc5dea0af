package dev.spgateway.report.control;

import dev.spgateway.sandbox.listings.ListingsCatalog;
import dev.spgateway.sandbox.listings.ListingsColumn;
import dev.spgateway.sandbox.listings.ListingsDocumentWriter;
import dev.spgateway.sandbox.listings.ListingsEncoding;
import dev.spgateway.sandbox.listings.ListingsReportType;
import dev.spgateway.sandbox.listings.ListingsRow;
import dev.spgateway.sandbox.sellers.Marketplace;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** What the sandbox writes, the gateway reads back field by field, in every encoding Amazon uses. */
class ListingsRoundTripTest {

    private static final int ROWS = 3_000;

    static Stream<Arguments> documents() {
        List<Arguments> all = new ArrayList<>();
        for (ListingsEncoding encoding : ListingsEncoding.values()) {
            String marketplace = encoding == ListingsEncoding.WINDOWS_31J ? "A1VC38T7YXB528" : "A1PA6795UKMFR9";
            for (boolean gzip : new boolean[] {false, true}) {
                all.add(Arguments.of(encoding, marketplace, gzip, ListingsReportType.GET_MERCHANT_LISTINGS_ALL_DATA));
            }
        }
        all.add(Arguments.of(ListingsEncoding.CP1252, "ATVPDKIKX0DER", true, ListingsReportType.GET_MERCHANT_LISTINGS_DATA));
        return all.stream();
    }

    @ParameterizedTest(name = "{0} {1} gzip={2} {3}")
    @MethodSource("documents")
    void everyFieldOfEveryRowComesBack(ListingsEncoding encoding, String marketplaceId, boolean gzip,
                                       ListingsReportType type) throws IOException {
        ListingsCatalog catalog = new ListingsCatalog(7, ROWS, Marketplace.byId(marketplaceId).orElseThrow());
        byte[] document = write(catalog, type, encoding, gzip);

        ListingTable table = ListingsDocumentReader.readTable(new ByteArrayInputStream(document), gzip,
                encoding.contentType(), marketplaceId);

        List<ListingsRow> expected = new ArrayList<>();
        catalog.forEach(row -> {
            if (type.includes(row)) {
                expected.add(row);
            }
        });
        assertEquals(expected.size(), table.size());
        for (int i = 0; i < expected.size(); i++) {
            assertRowEquals(expected.get(i), table.row(i), type);
            assertEquals(i, table.indexOfSku(expected.get(i).get(ListingsColumn.SELLER_SKU)).orElseThrow());
        }
    }

    private static void assertRowEquals(ListingsRow expected, ListingRow actual, ListingsReportType type) {
        for (ListingsColumn sandboxColumn : ListingsColumn.values()) {
            ListingColumn column = ListingColumn.valueOf(sandboxColumn.name());
            if (type.columns().contains(sandboxColumn)) {
                assertEquals(expected.get(sandboxColumn), actual.get(column), column + " of row " + actual.index());
            } else {
                assertNull(actual.get(column), column + " is not in " + type);
            }
        }
    }

    private static byte[] write(ListingsCatalog catalog, ListingsReportType type, ListingsEncoding encoding,
                                boolean gzip) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStream out = gzip ? new GZIPOutputStream(bytes) : bytes) {
            ListingsDocumentWriter.write(catalog, type, encoding, out);
        }
        return bytes.toByteArray();
    }

    @org.junit.jupiter.api.Test
    void columnsMatchTheSandboxsHeadersExactly() {
        for (ListingsColumn sandboxColumn : ListingsColumn.values()) {
            ListingColumn column = ListingColumn.valueOf(sandboxColumn.name());
            assertEquals(sandboxColumn.header(), column.header());
            assertEquals(sandboxColumn.japaneseHeader(), column.japaneseHeader());
            assertEquals(sandboxColumn.ordinal(), column.ordinal());
        }
        assertEquals(ListingsColumn.values().length, ListingColumn.values().length);
    }
}
