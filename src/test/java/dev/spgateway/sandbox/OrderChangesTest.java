package dev.spgateway.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.fge.jsonschema.core.report.ProcessingReport;
import com.github.fge.jsonschema.main.JsonSchema;
import com.github.fge.jsonschema.main.JsonSchemaFactory;
import dev.spgateway.sandbox.orders.LedgerOrder;
import dev.spgateway.sandbox.orders.OrderLedger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The sandbox's ORDER_CHANGE notifications: valid against Amazon's schema, one per change of the order book. */
class OrderChangesTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Map<String, String> STATUS = Map.of("PENDING", "Pending", "UNSHIPPED", "Unshipped",
            "PARTIALLY_SHIPPED", "PartiallyShipped", "SHIPPED", "Shipped", "CANCELLED", "Canceled");

    private final SandboxFixture f = new SandboxFixture(true);

    @AfterEach
    void stop() {
        f.close();
    }

    @Test
    void everyChangeOfAPeriodHasOneValidNotification() throws Exception {
        f.control.setOrderBookSize(f.sellerId, 300);
        Instant since = f.clock.instant();
        f.clock.advance(Duration.ofDays(2));
        Instant now = f.clock.instant();
        List<LedgerOrder> changed = new OrderLedger().ordersAt(f.control.seller(f.sellerId), now).stream()
                .filter(o -> o.lastUpdatedAt(now).isAfter(since)).toList();
        List<String> notifications = f.control.orderChangeNotifications(f.sellerId, since);
        assertTrue(changed.size() > 10, changed.size() + " orders changed in two days");
        assertEquals(changed.size(), notifications.size());
        JsonSchema schema = schema();
        for (String text : notifications) {
            JsonNode n = MAPPER.readTree(text);
            ProcessingReport report = schema.validate(n);
            assertTrue(report.isSuccess(), report.toString());
            JsonNode change = n.get("Payload").get("OrderChangeNotification");
            assertEquals(f.sellerId, change.get("SellerId").asText());
            LedgerOrder order = changed.stream().filter(o -> o.orderId().equals(change.get("AmazonOrderId").asText()))
                    .findFirst().orElseThrow();
            assertEquals(STATUS.get(order.statusAt(now)), change.get("Summary").get("OrderStatus").asText());
            assertEquals(order.lastUpdatedAt(now).toString(), Instant.parse(change.get("OrderChangeTrigger")
                    .get("TimeOfOrderChange").asText()).toString());
        }
        String one = f.control.orderChangeNotification(f.sellerId, changed.get(0).orderId()).orElseThrow();
        assertEquals(notifications.stream().filter(text -> text.contains(changed.get(0).orderId())).findFirst()
                .orElseThrow(), one);
        assertTrue(f.control.orderChangeNotification(f.sellerId, "000-0000000-0000000").isEmpty());
    }

    @Test
    void theSchemaRefusesWhatAmazonWouldNotSend() throws Exception {
        f.control.setOrderBookSize(f.sellerId, 50);
        String text = f.control.orderChangeNotifications(f.sellerId, Instant.EPOCH).get(0);
        ObjectNode broken = (ObjectNode) MAPPER.readTree(text);
        ((ObjectNode) broken.get("Payload").get("OrderChangeNotification")).put("NotificationLevel", "Shipment");
        assertFalse(schema().validate(broken).isSuccess());
        ObjectNode missing = (ObjectNode) MAPPER.readTree(text);
        missing.remove("NotificationMetadata");
        assertFalse(schema().validate(missing).isSuccess());
    }

    /** Amazon's draft-07 schema uses nothing draft-04 lacks: validated as draft-04, which the validator knows. */
    static JsonSchema schema() throws Exception {
        try (InputStream in = OrderChangesTest.class.getResourceAsStream("/spapi-models/OrderChangeNotification.json")) {
            ObjectNode schema = (ObjectNode) MAPPER.readTree(in);
            schema.remove("$schema");
            schema.remove("$id");
            return JsonSchemaFactory.byDefault().getJsonSchema(schema);
        }
    }
}
