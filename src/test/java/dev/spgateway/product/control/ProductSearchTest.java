package dev.spgateway.product.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.spgateway.api.control.ApiException;
import dev.spgateway.report.control.CachedReport;
import dev.spgateway.report.control.ListingRow;
import dev.spgateway.report.control.ListingTable;
import dev.spgateway.report.control.ListingsDocumentReader;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProductSearchTest {

    private static final Duration SORT_WAIT = Duration.ofSeconds(1);

    private static final String HEADER = "item-name\titem-description\tlisting-id\tseller-sku\tprice\tquantity\t"
            + "open-date\timage-url\tproduct-id-type\tasin1\tproduct-id\tfulfillment-channel\tstatus\n";

    private static final CachedReport REPORT = report(
            "Blue Towel\tSoft\tL1\tSKU-C\t9.99\t5\t2021-03-15 10:22:31 PST\thttps://img/a.jpg\t3\tB00A\t012345678905\tDEFAULT\tActive\n"
            + "Red Cap\t\tL2\tSKU-A\t19.50\t\t2022-01-01 00:00:00 UTC\t\t1\tB00B\tB00B\tAMAZON_NA\tActive\n"
            + "Green Mug “Café”\tHot\tL3\tSKU-B\t\t0\t2020-06-01 12:00:00 PDT\t\t4\tB00C\t4006381333931\tDEFAULT\tInactive\n");

    private static CachedReport report(String rows) {
        try {
            ListingTable table = ListingsDocumentReader.readTable(new ByteArrayInputStream(
                            (HEADER + rows).getBytes(StandardCharsets.UTF_8)), false, "text/plain;charset=UTF-8",
                    "ATVPDKIKX0DER");
            return new CachedReport("k", "ATVPDKIKX0DER1", table, Instant.now(), Instant.now().plusSeconds(60));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> ids(ProductSearch.Page page) {
        return page.rows().stream().map(ListingRow::sku).toList();
    }

    @Test
    void unfilteredPagesFollowTheReport() {
        ProductSearch.Page page = ProductSearch.page(REPORT, new ProductFilter(Map.of()), 1, 5, SORT_WAIT);

        assertEquals(3, page.total());
        assertEquals(List.of("SKU-A", "SKU-B"), ids(page));
        assertEquals(List.of(), ids(ProductSearch.page(REPORT, new ProductFilter(Map.of()), 3, 5, SORT_WAIT)));
    }

    @Test
    void filtersCombine() {
        assertEquals(List.of("SKU-C", "SKU-A"), ids(ProductSearch.page(REPORT,
                new ProductFilter(Map.of("avail_sale", "true")), 0, 10, SORT_WAIT)));
        assertEquals(List.of("SKU-B"), ids(ProductSearch.page(REPORT,
                new ProductFilter(Map.of("find_value", "café", "find_where", "name")), 0, 10, SORT_WAIT)));
        assertEquals(List.of("SKU-A", "SKU-B"), ids(ProductSearch.page(REPORT,
                new ProductFilter(Map.of("product_ids", "SKU-B,SKU-A")), 0, 10, SORT_WAIT)));
        assertEquals(List.of("SKU-C", "SKU-A"), ids(ProductSearch.page(REPORT,
                new ProductFilter(Map.of("created_from", "2021-01-01T00:00:00")), 0, 10, SORT_WAIT)));
        assertEquals(1, ProductSearch.count(REPORT, new ProductFilter(Map.of("status", "inactive"))));
        assertEquals(0, ProductSearch.count(REPORT, new ProductFilter(Map.of("avail_view", "false"))));
    }

    @Test
    void sortsByPriceWithMissingPricesLast() {
        assertEquals(List.of("SKU-C", "SKU-A", "SKU-B"), ids(ProductSearch.page(REPORT,
                new ProductFilter(Map.of("sort_by", "price")), 0, 10, SORT_WAIT)));
        assertEquals(List.of("SKU-C", "SKU-B", "SKU-A"), ids(ProductSearch.page(REPORT,
                new ProductFilter(Map.of("sort_by", "id", "sort_direction", "desc")), 0, 10, SORT_WAIT)));
    }

    @Test
    void badFilterValuesAre109() {
        for (Map<String, String> bad : List.of(Map.of("sort_by", "colour"), Map.of("sort_direction", "up"),
                Map.of("created_from", "last week"), Map.of("avail_sale", "maybe"), Map.of("find_where", "shelf"))) {
            assertEquals(109, assertThrows(ApiException.class, () -> new ProductFilter(bad)).returnCode().code());
        }
    }

    @Test
    void mapsARowToApi2CartsProduct() {
        Map<String, Object> product = ProductMapper.product(REPORT.table().row(0));

        assertEquals("SKU-C", product.get("id"));
        assertEquals("Blue Towel", product.get("name"));
        assertEquals(new BigDecimal("9.99"), product.get("price"));
        assertEquals(5, product.get("quantity"));
        assertEquals("012345678905", product.get("u_upc"));
        assertEquals(Map.of("value", "2021-03-15T18:22:31+0000", "format", "Y-m-d\\TH:i:sO"), product.get("create_at"));
        assertEquals("https://img/a.jpg", ((List<Map<String, Object>>) product.get("images")).get(0).get("http_path"));
        @SuppressWarnings("unchecked")
        Map<String, Object> additional = (Map<String, Object>) product.get("additional_fields");
        assertEquals("B00A", additional.get("asin1"));
        assertEquals("L1", additional.get("listing_id"));
        assertEquals(true, product.get("avail_sale"));

        Map<String, Object> fba = ProductMapper.product(REPORT.table().row(1));
        assertEquals(0, fba.get("quantity"));
        assertEquals("False", fba.get("manage_stock"));
        assertNull(fba.get("in_stock"));
    }

    @Test
    void fieldSelectionKeepsDefaultsOrEverything() {
        Map<String, Object> product = ProductMapper.product(REPORT.table().row(0));

        FieldSelection defaults = FieldSelection.of(java.util.Optional.empty(), java.util.Optional.empty(), false);
        assertEquals(List.of("id", "name", "description", "price", "categories_ids"),
                List.copyOf(ProductMapper.product(REPORT.table().row(0), defaults).keySet()));
        FieldSelection allButImages = FieldSelection.of(java.util.Optional.of("force_all"),
                java.util.Optional.of("images"), false);
        Map<String, Object> trimmed = ProductMapper.product(REPORT.table().row(0), allButImages);
        assertEquals(product.size() - 1, trimmed.size());
        assertEquals(product.get("create_at"), trimmed.get("create_at"));
    }
}
