package dev.spgateway.sandbox.orders;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.spgateway.sandbox.http.Json;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Set;

/** A {@link LedgerOrder} as Orders API 2026-01-01 writes it at an instant, with the datasets asked for. */
final class OrderJson {

    static final String BUYER = "BUYER";
    static final String RECIPIENT = "RECIPIENT";
    static final String PROCEEDS = "PROCEEDS";
    static final String FULFILLMENT = "FULFILLMENT";

    private OrderJson() {
    }

    static ObjectNode order(LedgerOrder o, Instant now, Set<String> included) {
        ObjectNode n = Json.object();
        n.put("orderId", o.orderId());
        n.put("createdTime", time(o.createdTime()));
        n.put("lastUpdatedTime", time(o.lastUpdatedAt(now)));
        if (o.prime()) {
            n.putArray("programs").add("PRIME");
        }
        ObjectNode channel = n.putObject("salesChannel");
        channel.put("channelName", "AMAZON");
        channel.put("marketplaceId", o.marketplace().id());
        channel.put("marketplaceName", o.marketplace().name());
        if (included.contains(BUYER)) {
            ObjectNode buyer = n.putObject("buyer");
            buyer.put("buyerName", o.buyer().name());
            buyer.put("buyerEmail", o.buyer().email());
        }
        if (included.contains(RECIPIENT)) {
            ObjectNode address = n.putObject("recipient").putObject("deliveryAddress");
            address.put("name", o.buyer().name());
            address.put("addressLine1", o.buyer().addressLine1());
            address.put("city", o.buyer().city());
            address.put("stateOrRegion", o.buyer().stateOrRegion());
            address.put("postalCode", o.buyer().postalCode());
            address.put("countryCode", o.marketplace().countryCode());
            address.put("phone", o.buyer().phone());
            address.put("addressType", "RESIDENTIAL");
        }
        String status = o.statusAt(now);
        if (included.contains(PROCEEDS)) {
            n.putObject("proceeds").set("grandTotal", money(o, o.grandTotal()));
        }
        if (included.contains(FULFILLMENT)) {
            ObjectNode fulfillment = n.putObject("fulfillment");
            fulfillment.put("fulfillmentStatus", status);
            fulfillment.put("fulfilledBy", o.amazonFulfilled() ? "AMAZON" : "MERCHANT");
            fulfillment.put("fulfillmentServiceLevel", "STANDARD");
            fulfillment.set("shipByWindow", window(o.createdTime().plus(Duration.ofDays(1)),
                    o.createdTime().plus(Duration.ofDays(3))));
            fulfillment.set("deliverByWindow", window(o.createdTime().plus(Duration.ofDays(4)),
                    o.createdTime().plus(Duration.ofDays(8))));
        }
        ArrayNode items = n.putArray("orderItems");
        for (LedgerOrder.Item item : o.items()) {
            items.add(item(o, item, status, included));
        }
        return n;
    }

    private static ObjectNode item(LedgerOrder o, LedgerOrder.Item item, String status, Set<String> included) {
        ObjectNode n = Json.object();
        n.put("orderItemId", item.orderItemId());
        n.put("quantityOrdered", item.quantity());
        ObjectNode product = n.putObject("product");
        product.put("asin", item.asin());
        product.put("title", item.title());
        product.put("sellerSku", item.sellerSku());
        ObjectNode condition = product.putObject("condition");
        condition.put("conditionType", "NEW");
        condition.put("conditionSubtype", "NEW");
        product.putObject("price").set("unitPrice", money(o, item.unitPrice()));
        if (included.contains(PROCEEDS)) {
            ObjectNode proceeds = n.putObject("proceeds");
            proceeds.set("proceedsTotal", money(o, item.proceeds()));
            ArrayNode breakdowns = proceeds.putArray("breakdowns");
            breakdowns.add(breakdown(o, "ITEM", item.itemTotal()));
            breakdowns.add(breakdown(o, "SHIPPING", item.shipping()));
            ObjectNode tax = breakdown(o, "TAX", item.taxTotal());
            ArrayNode detailed = tax.putArray("detailedBreakdowns");
            detailed.addObject().put("subtype", "ITEM").set("value", money(o, item.unitTax() * item.quantity()));
            detailed.addObject().put("subtype", "SHIPPING").set("value", money(o, item.shippingTax()));
            breakdowns.add(tax);
        }
        if (included.contains(FULFILLMENT)) {
            int shipped = "SHIPPED".equals(status) ? item.quantity() : 0;
            n.putObject("fulfillment").put("quantityFulfilled", shipped).put("quantityUnfulfilled",
                    "CANCELLED".equals(status) ? 0 : item.quantity() - shipped);
        }
        return n;
    }

    private static ObjectNode breakdown(LedgerOrder o, String type, long amount) {
        ObjectNode n = Json.object();
        n.put("type", type);
        n.set("subtotal", money(o, amount));
        return n;
    }

    private static ObjectNode window(Instant earliest, Instant latest) {
        return Json.object().put("earliestDateTime", time(earliest)).put("latestDateTime", time(latest));
    }

    static ObjectNode money(LedgerOrder o, long cents) {
        return Json.object().put("amount", String.format(Locale.ROOT, "%d.%02d", cents / 100, cents % 100))
                .put("currencyCode", o.marketplace().currency());
    }

    static String time(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant);
    }
}
