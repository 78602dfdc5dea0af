package dev.spgateway.admin.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spgateway.account.control.KeySummary;
import dev.spgateway.account.control.NewKey;
import dev.spgateway.admin.control.AdminJson;
import dev.spgateway.rotation.control.DeliverySummary;
import dev.spgateway.store.control.StoreRecheck;
import jakarta.ws.rs.core.MultivaluedHashMap;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The console's pages read these shapes: snake_case names, nulls written out. */
class ConsoleJsonTest {

    private static final Instant AT = Instant.parse("2026-01-02T03:04:05Z");

    @Test
    void anAccountRowCarriesItsStoreCountAndKeyHints() {
        var row = new AccountsEndpoint.AccountRow("a1", "acme", AT, 2, List.of(new KeySummary("k1", "wxyz", AT, null)));

        assertEquals("{\"created_at\":\"2026-01-02T03:04:05Z\",\"id\":\"a1\",\"keys\":[{\"created_at\":"
                + "\"2026-01-02T03:04:05Z\",\"disabled_at\":null,\"hint\":\"wxyz\",\"id\":\"k1\"}],\"name\":\"acme\","
                + "\"stores\":2}", json(row));
    }

    @Test
    void aNewKeyARecheckAndADeliveryKeepTheirNames() {
        assertEquals("{\"account_id\":\"a1\",\"account_name\":\"acme\",\"api_key\":\"secret\",\"key_id\":\"k1\"}",
                json(new NewKey("a1", "acme", "k1", "secret")));
        assertEquals("{\"marketplace_ids\":[\"ATVPDKIKX0DER\"],\"message\":null,\"store_id\":\"s1\",\"valid\":true}",
                json(new StoreRecheck("s1", true, List.of("ATVPDKIKX0DER"), null)));
        assertEquals("{\"attempts\":2,\"channel\":\"webhook\",\"last_error\":\"HTTP 500\",\"state\":\"PENDING\"}",
                json(new DeliverySummary("webhook", "PENDING", 2, "HTTP 500")));
    }

    @Test
    void theWriterWritesTheWrappedAnswerAndNothingElse() {
        var out = new ByteArrayOutputStream();
        var writer = new ConsoleJsonWriter();

        writer.writeTo(new ConsoleJsonWriter.Body(Map.of("purged", 1)), ConsoleJsonWriter.Body.class, null, null,
                null, new MultivaluedHashMap<>(), out);

        assertEquals("{\"purged\":1}", out.toString(StandardCharsets.UTF_8));
        assertTrue(writer.isWriteable(ConsoleJsonWriter.Body.class, null, null, null));
        assertFalse(writer.isWriteable(Map.class, null, null, null));
    }

    private static String json(Object body) {
        var out = new ByteArrayOutputStream();
        AdminJson.toJson(body, out);
        return out.toString(StandardCharsets.UTF_8);
    }
}
