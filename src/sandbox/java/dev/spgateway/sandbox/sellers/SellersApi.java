package dev.spgateway.sandbox.sellers;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.spgateway.sandbox.http.Json;
import dev.spgateway.sandbox.spapi.ApiResponse;
import dev.spgateway.sandbox.spapi.SpApiCall;
import dev.spgateway.sandbox.spapi.SpApiGate;

/** Sellers API v1: getMarketplaceParticipations. */
public final class SellersApi {

    public void registerWith(SpApiGate gate) {
        gate.register("getMarketplaceParticipations", "GET", "/sellers/v1/marketplaceParticipations",
                this::getMarketplaceParticipations);
    }

    ApiResponse getMarketplaceParticipations(SpApiCall call) {
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
        return ApiResponse.ok(Json.object().set("payload", payload));
    }
}
