package dev.spgateway.report.control;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.OptionalInt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ListingTableTest {

    private static final int ROWS = 20_000;

    @Test
    void rowsComeBackByIndexInAnyOrder() {
        ListingTable table = table(ROWS);

        assertEquals(ROWS, table.size());
        for (int i : new int[] {ROWS - 1, 0, 12_345, 7, 9_999}) {
            ListingRow row = table.row(i);
            assertEquals(i, row.index());
            assertEquals(sku(i), row.sku());
            assertEquals(name(i), row.get(ListingColumn.ITEM_NAME));
            assertEquals(i % 3 == 0 ? "" : Integer.toString(i), row.get(ListingColumn.QUANTITY));
        }
        assertThrows(IndexOutOfBoundsException.class, () -> table.row(ROWS));
    }

    @Test
    void repeatedValuesAreStoredOnceAndReadBackAsTheyWere() {
        ListingTableBuilder builder = ListingTable.builder();
        builder.columns(List.of(ListingColumn.SELLER_SKU, ListingColumn.MERCHANT_SHIPPING_GROUP,
                ListingColumn.ITEM_NOTE, ListingColumn.ITEM_NAME));
        for (int i = 0; i < 1000; i++) {
            // shipping groups repeat; item notes are all different, so their dictionary fills and the rest
            // stays text; "ab" is too short to be worth a code; the name column has no dictionary at all
            add(builder, sku(i), i % 3 == 0 ? "Migrated Template" : "Prime “Template” €", "Note " + i,
                    i % 2 == 0 ? "ab" : "Migrated Template");
        }
        ListingTable table = builder.build();

        for (int i = 0; i < 1000; i++) {
            ListingRow row = table.row(i);
            assertEquals(i % 3 == 0 ? "Migrated Template" : "Prime “Template” €",
                    row.get(ListingColumn.MERCHANT_SHIPPING_GROUP));
            assertEquals("Note " + i, row.get(ListingColumn.ITEM_NOTE));
            assertEquals(i % 2 == 0 ? "ab" : "Migrated Template", row.get(ListingColumn.ITEM_NAME));
            assertEquals(i, table.indexOfSku(sku(i)).orElseThrow());
        }
        assertTrue(table.row(3).get(ListingColumn.MERCHANT_SHIPPING_GROUP)
                == table.row(6).get(ListingColumn.MERCHANT_SHIPPING_GROUP), "one String for a repeated value");
    }

    @Test
    void aRepetitiveColumnTakesLessRoomThanTheSameTextInAnotherColumn() {
        ListingTableBuilder coded = ListingTable.builder();
        coded.columns(List.of(ListingColumn.SELLER_SKU, ListingColumn.MERCHANT_SHIPPING_GROUP));
        ListingTableBuilder plain = ListingTable.builder();
        plain.columns(List.of(ListingColumn.SELLER_SKU, ListingColumn.ITEM_NAME));
        for (int i = 0; i < ROWS; i++) {
            add(coded, sku(i), "Migrated Template");
            add(plain, sku(i), "Migrated Template");
        }

        long saved = plain.build().estimatedBytes() - coded.build().estimatedBytes();

        // each row keeps a two-byte code instead of the text; the dictionary itself costs a few hundred bytes
        assertTrue(saved >= (long) ROWS * ("Migrated Template".length() - 2) - 1024, "saved " + saved);
    }

    @Test
    void aBuilderTakesNoRowsOnceBuiltBecauseItsTableSharesItsArrays() {
        ListingTableBuilder builder = ListingTable.builder();
        builder.columns(List.of(ListingColumn.SELLER_SKU));
        add(builder, "SKU-1");
        ListingTable table = builder.build();

        assertThrows(IllegalStateException.class, builder::endRow);
        assertEquals(1, table.size());
    }

    @Test
    void skusAreFoundExactly() {
        ListingTable table = table(ROWS);

        for (int i = 0; i < ROWS; i += 97) {
            assertEquals(OptionalInt.of(i), table.indexOfSku(sku(i)));
        }
        assertFalse(table.indexOfSku("SKU-missing").isPresent());
        assertFalse(table.indexOfSku("sku-00000001").isPresent(), "SKUs are case-sensitive");
        assertFalse(table.indexOfSku(null).isPresent());
        assertEquals(OptionalInt.of(4), table.indexOfSku("Ärger–“4”"));
    }

    @Test
    void aRepeatedSkuFindsItsFirstRow() {
        ListingTableBuilder builder = ListingTable.builder();
        builder.columns(List.of(ListingColumn.SELLER_SKU, ListingColumn.PRICE));
        for (String[] row : new String[][] {{"A", "1"}, {"B", "2"}, {"A", "3"}, {"", "4"}}) {
            add(builder, row);
        }
        ListingTable table = builder.build();

        assertEquals(OptionalInt.of(0), table.indexOfSku("A"));
        assertEquals(OptionalInt.of(3), table.indexOfSku(""));
        assertEquals("3", table.row(2).get(ListingColumn.PRICE));
    }

    @Test
    void estimatedBytesFollowsTheTextItHolds() {
        ListingTable table = table(ROWS);
        long text = 0;
        for (int i = 0; i < ROWS; i++) {
            text += sku(i).length() + name(i).getBytes(java.nio.charset.StandardCharsets.UTF_8).length
                    + (i % 3 == 0 ? 0 : Integer.toString(i).length()) + 2;
        }
        long estimated = table.estimatedBytes();
        assertTrue(estimated > text, estimated + " > " + text);
        // text plus 12 bytes of row address, 4 of SKU hash and at most 16 of index per row, and one chunk tail
        assertTrue(estimated < text + 32L * ROWS + ByteArena.CHUNK, estimated + " for " + text);
    }

    @Test
    void anEmptyTable() {
        ListingTable table = ListingTable.builder().build();
        assertEquals(0, table.size());
        assertFalse(table.indexOfSku("A").isPresent());
        assertTrue(table.estimatedBytes() > 0);
    }

    private static ListingTable table(int rows) {
        ListingTableBuilder builder = ListingTable.builder();
        builder.columns(List.of(ListingColumn.SELLER_SKU, ListingColumn.ITEM_NAME, ListingColumn.QUANTITY));
        for (int i = 0; i < rows; i++) {
            add(builder, sku(i), name(i), i % 3 == 0 ? "" : Integer.toString(i));
        }
        return builder.build();
    }

    private static void add(ListingTableBuilder builder, String... fields) {
        for (int slot = 0; slot < fields.length; slot++) {
            if (!fields[slot].isEmpty()) {
                builder.field(slot, fields[slot].toCharArray(), 0, fields[slot].length());
            }
        }
        builder.endRow();
    }

    private static String sku(int i) {
        return i == 4 ? "Ärger–“4”" : String.format("SKU-%08d", i);
    }

    private static String name(int i) {
        return "Küchen Tasse “" + i + "” 😀 – €";
    }
}
