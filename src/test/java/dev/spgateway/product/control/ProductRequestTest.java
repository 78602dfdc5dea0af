package dev.spgateway.product.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spgateway.api.control.ApiCall;
import dev.spgateway.api.control.ApiException;
import dev.spgateway.api.control.ReturnCode;
import dev.spgateway.secrets.control.SecretKeyring;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class ProductRequestTest {

    private static final String STORE = "0123456789abcdef0123456789abcdef0123456789abcdef";

    private final PageCursors cursors = new PageCursors(new SecretKeyring(SecretKeyring.newKey(), List.of())
            .derivedKeys(PageCursors.PURPOSE));

    @Property
    void nextAndPreviousStayWithinTheListWhateverTheStart(@ForAll @IntRange(min = 0) int start,
            @ForAll @IntRange(min = 1, max = 250) int count, @ForAll @IntRange(min = 0) int total) {
        ProductRequest request = request(Map.of("start", Integer.toString(start), "count", Integer.toString(count)));

        Optional<PageCursor> next = request.next(total);
        assertEquals((long) start + count < total, next.isPresent());
        next.ifPresent(page -> assertEquals(start + count, page.start()));
        request.previous(total).ifPresent(page -> {
            assertTrue(page.start() >= 0 && page.start() < Math.max(1, Math.min(start, total)), page.toString());
            assertEquals(count, page.count());
        });
    }

    @Example
    void theLastStartWithAFullPageHasNoNextAndItsPreviousIsTheLastPage() {
        ProductRequest request = request(Map.of("start", "2147483647", "count", "250"));

        assertEquals(Optional.empty(), request.next(1234));
        assertEquals(984, request.previous(1234).orElseThrow().start());
    }

    @Example
    void aCursorCarriesTheFiltersAndIsOpenedOnlyForItsStore() {
        ProductRequest first = request(Map.of("sku", "A-1", "count", "5"));
        String next = cursors.seal(first.next(100).orElseThrow(), STORE);

        ProductRequest second = request(Map.of("page_cursor", next));
        assertEquals(5, second.start());
        assertEquals(Map.of("sku", "A-1"), second.filter().parameters());
        ApiException foreign = assertThrows(ApiException.class, () -> ProductRequest.of(new ApiCall("product.list",
                "key", STORE.replace('0', '1'), Map.of("page_cursor", next)), cursors));
        assertEquals(ReturnCode.INCORRECT_PARAMETER, foreign.returnCode());
    }

    @Example
    void freeTextFiltersIdsAndFieldListsAreBounded() {
        assertIncorrect("sku", "at most 40 characters (41 given)", Map.of("sku", "s".repeat(41)));
        assertIncorrect("find_value", "at most 255 characters (256 given)", Map.of("find_value", "f".repeat(256)));
        assertIncorrect("product_ids", "at most 4000 characters (4001 given)", Map.of("product_ids", "p".repeat(4001)));
        assertIncorrect("report_request_id", "at most 150 characters (151 given)",
                Map.of("report_request_id", "1".repeat(151)));
        assertIncorrect("params", "a comma-separated list of field names (letters, digits, _ . * -)",
                Map.of("params", "id,<script>"));
        assertIncorrect("exclude", "at most 2000 characters (2001 given)", Map.of("exclude", "e".repeat(2001)));
        assertIncorrect("page_cursor", "at most 32768 characters (32769 given)",
                Map.of("page_cursor", "c".repeat(32_769)));
    }

    private ProductRequest request(Map<String, String> parameters) {
        return ProductRequest.of(new ApiCall("product.list", "key", STORE, new HashMap<>(parameters)), cursors);
    }

    private void assertIncorrect(String name, String why, Map<String, String> parameters) {
        ApiException e = assertThrows(ApiException.class, () -> request(parameters));
        assertEquals(ReturnCode.INCORRECT_PARAMETER, e.returnCode());
        assertEquals("Incorrect parameter '" + name + "': " + why, e.getMessage());
    }
}
