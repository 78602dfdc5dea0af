package dev.spgateway.order.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spgateway.order.control.StoredOrders;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Which state of an order wins when the order report and the Orders API both have it. */
class StoreOrderMergeTest {

    private static final Instant T1 = Instant.parse("2026-10-01T10:00:00Z");
    private static final Instant T2 = Instant.parse("2026-10-02T10:00:00Z");

    private static StoreOrder api(String status, Instant modified) {
        return new StoreOrder("s", "111-1", "US", status, "MFN", T1, modified, "{\"orderId\":\"111-1\","
                + "\"lastUpdatedTime\":\"" + modified + "\",\"fulfillment\":{\"fulfillmentStatus\":\"" + status
                .toUpperCase() + "\",\"fulfilledBy\":\"MERCHANT\"},\"orderItems\":[{\"orderItemId\":\"42\"}]}");
    }

    private static StoreOrder report(String status, Instant modified) {
        return StoreOrder.fromReport("s", "111-1", "US", status, "MFN", T1, modified, "{\"orderId\":\"111-1\","
                + "\"lastUpdatedTime\":\"" + modified + "\",\"fulfillment\":{\"fulfillmentStatus\":\"" + status
                .toUpperCase() + "\"},\"orderItems\":[{}]}");
    }

    private static void merge(StoreOrder stored, StoreOrder other) {
        stored.update(other, StoredOrders::withReportedState);
    }

    @Test
    void anOlderStateNeverReplacesANewerOneWhereverItComesFrom() {
        StoreOrder stored = api("Shipped", T2);
        merge(stored, report("Unshipped", T1));
        merge(stored, api("Unshipped", T1));
        assertEquals("Shipped", stored.status());
        assertEquals(T2, stored.modifiedAt());
        StoreOrder reported = report("Shipped", T2);
        merge(reported, api("Unshipped", T1));
        assertEquals("Shipped", reported.status());
        assertFalse(reported.detailed());
    }

    @Test
    void atTheSameInstantTheOrdersApiReplacesTheReportAndNotTheOtherWayRound() {
        StoreOrder reported = report("Shipped", T2);
        merge(reported, api("Shipped", T2));
        assertTrue(reported.detailed());
        assertTrue(reported.document().contains("\"orderItemId\":\"42\""));
        merge(reported, report("Shipped", T2));
        assertTrue(reported.detailed());
        assertTrue(reported.document().contains("\"orderItemId\":\"42\""));
    }

    @Test
    void aNewerReportStateOfADetailedOrderTakesItsStatusAndKeepsTheItemIds() {
        StoreOrder stored = api("Unshipped", T1);
        merge(stored, report("Shipped", T2));
        assertEquals("Shipped", stored.status());
        assertEquals(T2, stored.modifiedAt());
        assertTrue(stored.detailed());
        assertTrue(stored.document().contains("\"orderItemId\":\"42\""), stored.document());
        assertTrue(stored.document().contains("\"fulfillmentStatus\":\"SHIPPED\""), stored.document());
        assertTrue(stored.document().contains("\"fulfilledBy\":\"MERCHANT\""), stored.document());
        assertTrue(stored.document().contains(T2.toString()), stored.document());
    }

    @Test
    void aNewerOrdersApiStateReplacesAReportedOrderWhole() {
        StoreOrder reported = report("Unshipped", T1);
        merge(reported, api("Shipped", T2));
        assertTrue(reported.detailed());
        assertEquals("Shipped", reported.status());
    }
}
