package dev.spgateway.product.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spgateway.api.control.ApiException;
import dev.spgateway.api.control.ReturnCode;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PageCursorTest {

    @Test
    void roundTripsPositionAndFilterInAnUrlSafeToken() {
        PageCursor cursor = new PageCursor(250, 100, Map.of("find_value", "Café & “quotes”", "sort_by", "name"));

        String token = cursor.encode();

        assertTrue(token.matches("[A-Za-z0-9_-]+"), token);
        assertEquals(cursor, PageCursor.decode(token));
    }

    @Test
    void aForeignCursorIs109() {
        for (String bad : new String[] {"not a cursor", "e30", "eyJzIjoxfQ"}) {
            assertEquals(ReturnCode.INCORRECT_PARAMETER,
                    assertThrows(ApiException.class, () -> PageCursor.decode(bad)).returnCode(), bad);
        }
    }
}
