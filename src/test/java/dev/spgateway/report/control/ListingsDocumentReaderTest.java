package dev.spgateway.report.control;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ListingsDocumentReaderTest {

    private static final String US = "ATVPDKIKX0DER";
    private static final String JP = "A1VC38T7YXB528";
    private static final Charset CP1252 = Charset.forName("windows-1252");
    private static final Charset WINDOWS_31J = Charset.forName("windows-31j");

    @Test
    void cp1252PunctuationDecodesToTheWindowsCharactersNotToC1Controls() throws IOException {
        String name = "“Deluxe” Tasse – für 9,99 € Edition…Classic";
        byte[] document = ("item-name\tseller-sku\n" + name + "\tSKU-1\n").getBytes(CP1252);
        assertEquals((byte) 0x85, document[document.length - 15], "the ellipsis is byte 0x85 inside the field");

        ListingTable table = read(document, false, "text/plain;charset=Cp1252", US);

        assertEquals("\u201CDeluxe\u201D Tasse \u2013 f\u00FCr 9,99 \u20AC Edition\u2026Classic",
                table.row(0).get(ListingColumn.ITEM_NAME));
        assertEquals(1, table.size());
    }

    @Test
    void latin1LabelIsReadAsWindows1252AndNoLabelFallsBackToTheMarketplace() throws IOException {
        byte[] document = "item-name\nA…B\n".getBytes(CP1252);
        assertEquals("A\u2026B", read(document, false, "text/plain; charset=ISO-8859-1", US).row(0)
                .get(ListingColumn.ITEM_NAME));
        assertEquals("A\u2026B", read(document, false, null, US).row(0).get(ListingColumn.ITEM_NAME));
        assertEquals("A\u2026B", read(document, false, "text/plain;charset=x-no-such-charset", US).row(0)
                .get(ListingColumn.ITEM_NAME));
    }

    @Test
    void utf8ByteOrderMarkIsStrippedAndWinsOverTheLabel() throws IOException {
        byte[] document = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                "item-name\tseller-sku\nCafé…\tS-1\n".getBytes(StandardCharsets.UTF_8));

        for (String contentType : new String[] {"text/plain;charset=UTF-8", "text/plain;charset=Cp1252", null}) {
            ListingTable table = read(document, false, contentType, US);
            assertEquals(List.of(ListingColumn.ITEM_NAME, ListingColumn.SELLER_SKU), table.columns(), contentType);
            assertEquals("Café…", table.row(0).get(ListingColumn.ITEM_NAME));
        }
    }

    @Test
    void utf16ByteOrderMarkIsRecognised() throws IOException {
        byte[] document = "\uFEFFitem-name\tseller-sku\nCafé…\tS-1\n".getBytes(StandardCharsets.UTF_16LE);
        assertEquals("Café…", read(document, false, null, US).row(0).get(ListingColumn.ITEM_NAME));
    }

    @Test
    void japaneseHeadersInWindows31jForAmazonCoJp() throws IOException {
        String header = "商品名\t出品者SKU\t価格\t数量\t出品日\tステータス\n";
        String row = "ステンレス 水筒【送料無料】\tSKU-00000001\t1980\t5\t2021/03/15 10:22:31 JST\tActive\n";
        byte[] document = (header + row).getBytes(WINDOWS_31J);

        ListingTable table = read(document, false, null, JP);

        ListingRow listing = table.row(0);
        assertEquals("ステンレス 水筒【送料無料】", listing.get(ListingColumn.ITEM_NAME));
        assertEquals("SKU-00000001", listing.sku());
        assertEquals("1980", listing.get(ListingColumn.PRICE));
        assertEquals("2021/03/15 10:22:31 JST", listing.get(ListingColumn.OPEN_DATE));
        assertEquals("Active", listing.get(ListingColumn.STATUS));
        assertEquals("ステンレス 水筒【送料無料】", read(document, false, "text/plain;charset=windows-31j", US)
                .row(0).get(ListingColumn.ITEM_NAME));
    }

    @Test
    void quotesAreOrdinaryCharacters() throws IOException {
        byte[] document = ("item-name\tseller-sku\titem-note\n"
                + "Towel 18\"x18\"\t\"quoted\"-sku\t\"\n").getBytes(CP1252);

        ListingRow row = read(document, false, null, US).row(0);

        assertEquals("Towel 18\"x18\"", row.get(ListingColumn.ITEM_NAME));
        assertEquals("\"quoted\"-sku", row.sku());
        assertEquals("\"", row.get(ListingColumn.ITEM_NOTE));
    }

    @Test
    void crlfEndsRowsButALoneCarriageReturnOrNextLineStaysInItsField() throws IOException {
        byte[] document = ("item-name\tseller-sku\r\nA\rB\tS-1\r\nC\u0085D\tS-2\r\n")
                .getBytes(StandardCharsets.UTF_8);

        ListingTable table = read(document, false, "text/plain;charset=UTF-8", US);

        assertEquals(2, table.size());
        assertEquals("A\rB", table.row(0).get(ListingColumn.ITEM_NAME));
        assertEquals("S-1", table.row(0).sku());
        assertEquals("C\u0085D", table.row(1).get(ListingColumn.ITEM_NAME));
        assertEquals("S-2", table.row(1).sku());
    }

    @Test
    void loneCarriageReturnAtTheEndOfAFieldAndOfTheDocument() throws IOException {
        byte[] document = "seller-sku\titem-name\nS-1\tA\r\nS-2\tB\r".getBytes(CP1252);

        ListingTable table = read(document, false, null, US);

        assertEquals("A", table.row(0).get(ListingColumn.ITEM_NAME));
        assertEquals("B\r", table.row(1).get(ListingColumn.ITEM_NAME));
    }

    @Test
    void cp1252Byte0x85IsNotALineBreak() throws IOException {
        byte[] document = concat("item-name\tseller-sku\nA".getBytes(CP1252), new byte[] {(byte) 0x85},
                "B\tS-1\n".getBytes(CP1252));
        ListingTable table = read(document, false, "text/plain;charset=Cp1252", US);
        assertEquals(1, table.size());
        assertEquals("A\u2026B", table.row(0).get(ListingColumn.ITEM_NAME));
    }

    @Test
    void unknownColumnsAreIgnoredAndMissingColumnsAreNull() throws IOException {
        byte[] document = "seller-sku\tsome-new-column\tprice\nS-1\tignored\t9.99\nS-2\t\t\n".getBytes(CP1252);

        ListingTable table = read(document, false, null, US);

        assertEquals(List.of(ListingColumn.SELLER_SKU, ListingColumn.PRICE), table.columns());
        assertEquals("9.99", table.row(0).get(ListingColumn.PRICE));
        assertNull(table.row(0).get(ListingColumn.STATUS));
        assertFalse(table.hasColumn(ListingColumn.STATUS));
        assertEquals("", table.row(1).get(ListingColumn.PRICE), "an empty field");
    }

    @Test
    void aRowWithAFieldTooManyOrTooFewIsRefusedNamingItsLine() {
        String header = "seller-sku\titem-name\tprice\n";

        ListingsFormatException tooMany = assertThrows(ListingsFormatException.class, () -> read(
                (header + "S-1\tCup\t1.00\nS-2\tMug\t2.00\tstray\n").getBytes(CP1252), false, null, US));
        ListingsFormatException tooFew = assertThrows(ListingsFormatException.class, () -> read(
                (header + "S-1\tCup\t1.00\nS-2\tMug\nS-3\tBowl\t3.00\n").getBytes(CP1252), false, null, US));

        assertEquals("the row on line 3 has 4 fields, more than the header's 3", tooMany.getMessage());
        assertEquals("the row on line 3 has 2 fields, fewer than the header's 3", tooFew.getMessage());
    }

    @Test
    void aTrailingTabOnTheHeaderOrOnTheRowsDoesNotCount() throws IOException {
        ListingTable headerTab = read("seller-sku\tprice\t\nS-1\t1.00\nS-2\t2.00\t\n".getBytes(CP1252), false,
                null, US);
        ListingTable rowTabs = read("seller-sku\tprice\nS-1\t1.00\t\nS-2\t\t\t\n".getBytes(CP1252), false,
                null, US);

        assertEquals("2.00", headerTab.row(1).get(ListingColumn.PRICE));
        assertEquals("", rowTabs.row(1).get(ListingColumn.PRICE));
    }

    @Test
    void aWindows1252DocumentLabelledUtf8IsReadAsTheMarketplacesWindows1252() throws IOException {
        byte[] document = "seller-sku\titem-name\nS-1\tCafé – Tasse…\nS-2\tÖko\n".getBytes(CP1252);

        ListingTable table = read(document, false, "text/plain;charset=UTF-8", US);

        assertEquals("Café – Tasse…", table.row(0).get(ListingColumn.ITEM_NAME));
        assertEquals("Öko", table.row(1).get(ListingColumn.ITEM_NAME));
    }

    @Test
    void aWindows31jDocumentLabelledUtf8IsReadAsWindows31jForAmazonCoJp() throws IOException {
        byte[] document = "商品名\t出品者SKU\nステンレス 水筒\tSKU-1\n".getBytes(WINDOWS_31J);

        ListingTable table = read(document, false, "text/plain;charset=UTF-8", JP);

        assertEquals("ステンレス 水筒", table.row(0).get(ListingColumn.ITEM_NAME));
    }

    @Test
    void aLabelFoundWrongOnlyAfterTextItDecodedIsRefused() {
        byte[] document = concat("seller-sku\titem-name\nS-1\tCafé\n".getBytes(StandardCharsets.UTF_8),
                "S-2\tTasse…\n".getBytes(CP1252));

        ListingsFormatException refused = assertThrows(ListingsFormatException.class,
                () -> read(document, false, "text/plain;charset=UTF-8", US));

        assertEquals("the document is not UTF-8 as its Content-Type says (byte 40 is not), and text before it was"
                + " read as UTF-8", refused.getMessage());
    }

    @Test
    void aTrueUtf8LabelIsReadAsUtf8() throws IOException {
        byte[] document = "seller-sku\titem-name\nS-1\tCafé – Tasse…\n".getBytes(StandardCharsets.UTF_8);

        assertEquals("Café – Tasse…", read(document, false, "text/plain;charset=UTF-8", US).row(0)
                .get(ListingColumn.ITEM_NAME));
    }

    @Test
    void largeDocumentsDecodeAcrossBufferBoundariesWhetherTheUtf8LabelIsRightOrWrong() throws IOException {
        StringBuilder text = new StringBuilder("seller-sku\titem-name\n");
        for (int i = 0; i < 20_000; i++) {
            text.append("S-").append(i).append('\t').append(i < 15_000 ? "plain " + i : "Café…" + i).append('\n');
        }
        for (Charset charset : new Charset[] {StandardCharsets.UTF_8, CP1252}) {
            ListingTable table = read(text.toString().getBytes(charset), false, "text/plain;charset=UTF-8", US);
            assertEquals(20_000, table.size(), charset.name());
            assertEquals("plain 14999", table.row(14_999).get(ListingColumn.ITEM_NAME));
            assertEquals("Café…19999", table.row(19_999).get(ListingColumn.ITEM_NAME), charset.name());
        }
    }

    @Test
    void headerNamesAreTrimmedAndEnglishIgnoresCase() throws IOException {
        byte[] document = " Seller-SKU \tPRICE\nS-1\t1.00\n".getBytes(CP1252);
        assertEquals("1.00", read(document, false, null, US).row(0).get(ListingColumn.PRICE));
    }

    @Test
    void gzipAndPlainReadAlike() throws IOException {
        byte[] document = "item-name\tseller-sku\nCafé–Tasse\tS-1\nÖko…\tS-2\n".getBytes(CP1252);

        ListingTable plain = read(document, false, "text/plain;charset=Cp1252", US);
        ListingTable gzipped = read(gzip(document), true, "text/plain;charset=Cp1252", US);

        assertEquals(2, gzipped.size());
        for (int i = 0; i < 2; i++) {
            assertEquals(plain.row(i).get(ListingColumn.ITEM_NAME), gzipped.row(i).get(ListingColumn.ITEM_NAME));
        }
        assertEquals("Öko…", gzipped.row(1).get(ListingColumn.ITEM_NAME));
    }

    @Test
    void emptyLinesAreSkippedAndAnEmptyDocumentHasNoRows() throws IOException {
        assertEquals(1, read("seller-sku\n\nS-1\n\n".getBytes(CP1252), false, null, US).size());
        assertEquals(0, read(new byte[0], false, null, US).size());
    }

    @Test
    void aHeaderWithoutAnyListingsColumnIsRejected() {
        byte[] document = "<?xml version=\"1.0\"?>\n<Error/>\n".getBytes(StandardCharsets.UTF_8);
        assertThrows(ListingsFormatException.class, () -> read(document, false, null, US));
    }

    @Test
    void aTruncatedGzipDocumentFailsWithAnIOException() throws IOException {
        StringBuilder document = new StringBuilder("seller-sku\titem-name\n");
        for (int i = 0; i < 50_000; i++) {
            document.append("SKU-").append(i).append("\tItem ").append(i * 7919L).append('\n');
        }
        byte[] compressed = gzip(document.toString().getBytes(CP1252));
        byte[] truncated = java.util.Arrays.copyOf(compressed, compressed.length / 2);

        assertThrows(java.io.EOFException.class, () -> read(truncated, true, null, US));
    }

    @Test
    void aLoneCarriageReturnFarIntoALargeDocumentStaysInItsField() throws IOException {
        StringBuilder document = new StringBuilder("seller-sku\titem-name\r\n");
        for (int i = 0; i < 100_000; i++) {
            document.append("SKU-").append(i).append(i == 99_000 ? "\tA\rB\r\n" : "\tItem\r\n");
        }
        ListingTable table = read(gzip(document.toString().getBytes(CP1252)), true, null, US);

        assertEquals(100_000, table.size());
        assertEquals("A\rB", table.row(99_000).get(ListingColumn.ITEM_NAME));
        assertEquals("Item", table.row(99_001).get(ListingColumn.ITEM_NAME));
    }

    @Test
    void aFailingSinkStopsTheReadAheadThread() throws Exception {
        StringBuilder document = new StringBuilder("seller-sku\n");
        for (int i = 0; i < 200_000; i++) {
            document.append("SKU-").append(i).append('\n');
        }
        Thread[] readAhead = new Thread[1];
        ListingSink failing = new ListingSink() {
            @Override
            public void columns(List<ListingColumn> columns) {
            }

            @Override
            public void field(int slot, char[] chars, int offset, int length) {
            }

            @Override
            public void endRow() {
                throw new IllegalStateException("sink gave up");
            }
        };

        IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> ListingsDocumentReader.read(
                new ByteArrayInputStream(document.toString().getBytes(CP1252)), false, null, US, failing, task -> {
                    readAhead[0] = new Thread(task);
                    readAhead[0].start();
                }));

        assertEquals("sink gave up", thrown.getMessage());
        readAhead[0].join(5_000);
        assertFalse(readAhead[0].isAlive());
    }

    @Test
    void sinkSeesColumnsThenFieldsBySlot() throws IOException {
        StringBuilder calls = new StringBuilder();
        ListingSink sink = new ListingSink() {
            @Override
            public void columns(List<ListingColumn> columns) {
                calls.append(columns).append(';');
            }

            @Override
            public void field(int slot, char[] chars, int offset, int length) {
                calls.append(slot).append('=').append(chars, offset, length).append(',');
            }

            @Override
            public void endRow() {
                calls.append(';');
            }
        };
        long rows = ListingsDocumentReader.read(new ByteArrayInputStream("price\tx\tseller-sku\n1\t2\t3\n"
                .getBytes(CP1252)), false, null, US, sink);
        assertEquals(1, rows);
        assertEquals("[PRICE, SELLER_SKU];0=1,1=3,;", calls.toString());
    }

    @Test
    void amazonsCp1252LabelIsWindows1252() {
        assertEquals(CP1252, ReportCharsets.declared("text/plain;charset=Cp1252").orElseThrow());
        assertEquals(CP1252, ReportCharsets.declared("text/plain; charset=\"cp1252\"").orElseThrow());
        assertFalse(ReportCharsets.declared("text/plain").isPresent());
        assertFalse(ReportCharsets.declared("text/plain;charset=").isPresent());
        assertEquals(WINDOWS_31J, ReportCharsets.marketplaceDefault(JP));
        assertEquals(CP1252, ReportCharsets.marketplaceDefault("A1PA6795UKMFR9"));
        assertEquals(StandardCharsets.UTF_8, ReportCharsets.marketplaceDefault("unknown"));
        assertArrayEquals(new byte[] {(byte) 0x85}, "…".getBytes(ReportCharsets.declared("charset=Cp1252")
                .orElseThrow()));
    }

    static ListingTable read(byte[] document, boolean gzip, String contentType, String marketplaceId)
            throws IOException {
        return ListingsDocumentReader.readTable(new ByteArrayInputStream(document), gzip, contentType, marketplaceId);
    }

    static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(bytes);
        }
        return out.toByteArray();
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
