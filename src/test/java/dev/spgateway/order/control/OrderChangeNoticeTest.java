package dev.spgateway.order.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spgateway.api.control.ApiException;
import dev.spgateway.api.control.ReturnCode;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.InputStream;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Amazon's ORDER_CHANGE payload, read from the example in its own schema and broken one member at a time. */
class OrderChangeNoticeTest {

    @Test
    void theSchemasExampleIsReadWithItsPascalCaseKeys() throws Exception {
        OrderChangeNotice notice = OrderChangeNotice.parse(example().getJsonObject("Payload").toString());
        assertEquals(new OrderChangeNotice("A3TH9S8BH6GOGM", "903-8868176-2219830", Optional.of("ATVPDKIKX0DER")),
                notice);
    }

    @Test
    void aBrokenPayloadIs109NamingWhatIsWrong() throws Exception {
        JsonObject change = example().getJsonObject("Payload").getJsonObject("OrderChangeNotification");
        assertRefused("{}", "OrderChangeNotification is missing");
        assertRefused("not json", "expected OrderChangeNotification");
        assertRefused("[1]", "expected OrderChangeNotification");
        assertRefused(with(change, "AmazonOrderId", Json.createValue("903-88")), "AmazonOrderId");
        assertRefused(with(change, "AmazonOrderId", Json.createValue(9038868176L)), "AmazonOrderId");
        assertRefused(with(change, "SellerId", Json.createValue("a3th9s8bh6gogm'; --")), "SellerId");
        assertRefused(with(change, "NotificationLevel", Json.createValue("ShipmentLevel")), "NotificationLevel");
        assertRefused(with(change, "OrderChangeType", Json.createValue("Other")), "OrderChangeType");
        assertRefused(with(change, "Summary", Json.createValue("none")), "Summary");
        assertRefused(without(change, "OrderChangeTrigger"), "OrderChangeTrigger");
        assertRefused(without(change, "SellerId"), "SellerId");
    }

    @Test
    void eventTimeIsAnIsoInstant() {
        OrderChangeNotice.checkTime("EventTime", "2020-01-11T00:09:53.109Z");
        assertEquals(ReturnCode.INCORRECT_PARAMETER, assertThrows(ApiException.class,
                () -> OrderChangeNotice.checkTime("EventTime", "yesterday")).returnCode());
    }

    private static void assertRefused(String payload, String says) {
        ApiException e = assertThrows(ApiException.class, () -> OrderChangeNotice.parse(payload));
        assertEquals(ReturnCode.INCORRECT_PARAMETER, e.returnCode());
        assertTrue(e.getMessage().contains(says), e.getMessage());
    }

    private static String with(JsonObject change, String name, jakarta.json.JsonValue value) {
        return Json.createObjectBuilder().add("OrderChangeNotification", Json.createObjectBuilder(change)
                .add(name, value)).build().toString();
    }

    private static String without(JsonObject change, String name) {
        return Json.createObjectBuilder().add("OrderChangeNotification", Json.createObjectBuilder(change)
                .remove(name)).build().toString();
    }

    static JsonObject example() throws Exception {
        try (InputStream in = OrderChangeNoticeTest.class.getResourceAsStream(
                "/spapi-models/OrderChangeNotification.json"); var reader = Json.createReader(in)) {
            return reader.readObject().getJsonArray("examples").getJsonObject(0);
        }
    }
}
