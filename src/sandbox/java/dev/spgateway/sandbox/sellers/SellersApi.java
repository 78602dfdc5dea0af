package dev.spgateway.sandbox.sellers;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.spgateway.sandbox.http.Json;
import dev.spgateway.sandbox.spapi.ApiResponse;
import dev.spgateway.sandbox.spapi.SpApiCall;
import dev.spgateway.sandbox.spapi.SpApiGate;

/** Sellers API v1: getMarketplaceParticipations and getAccount. */
public final class SellersApi {

    public void registerWith(SpApiGate gate) {
        gate.register("getMarketplaceParticipations", "GET", "/sellers/v1/marketplaceParticipations",
                this::getMarketplaceParticipations);
        gate.register("getAccount", "GET", "/sellers/v1/account", this::getAccount);
    }

    ApiResponse getMarketplaceParticipations(SpApiCall call) {
        return ApiResponse.ok(Json.object().set("payload", participations(call)));
    }

    ApiResponse getAccount(SpApiCall call) {
        ObjectNode account = Json.object();
        account.set("marketplaceParticipationList", participations(call));
        account.put("businessType", "PRIVATE_LIMITED");
        account.put("sellingPlan", "PROFESSIONAL");
        Marketplace home = call.seller().marketplaces().get(0);
        ObjectNode business = account.putObject("business");
        business.put("name", "Sandbox Händler " + call.seller().sellerId());
        ObjectNode address = business.putObject("registeredBusinessAddress");
        address.put("addressLine1", "410 Terry Ave N");
        address.put("city", "Seattle");
        address.put("stateOrProvinceCode", "WA");
        address.put("postalCode", "98109");
        address.put("countryCode", home.countryCode());
        ObjectNode contact = account.putObject("primaryContact");
        contact.put("name", "Zoë Müller");
        contact.set("address", address.deepCopy());
        return ApiResponse.ok(Json.object().set("payload", account));
    }

    private static ArrayNode participations(SpApiCall call) {
        ArrayNode payload = Json.MAPPER.createArrayNode();
        for (Marketplace m : call.seller().marketplaces()) {
            ObjectNode entry = payload.addObject();
            ObjectNode marketplace = entry.putObject("marketplace");
            marketplace.put("id", m.id());
            marketplace.put("countryCode", m.countryCode());
            marketplace.put("name", m.name());
            marketplace.put("defaultCurrencyCode", m.currency());
            marketplace.put("defaultLanguageCode", m.language());
            marketplace.put("domainName", m.domain());
            ObjectNode participation = entry.putObject("participation");
            participation.put("isParticipating", true);
            participation.put("hasSuspendedListings", false);
            entry.put("storeName", "Sandbox Store " + call.seller().sellerId());
        }
        return payload;
    }
}
