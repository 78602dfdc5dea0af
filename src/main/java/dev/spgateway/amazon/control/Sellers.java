package dev.spgateway.amazon.control;

import dev.spgateway.platform.control.JsonDocuments;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.util.List;

/** The seller's marketplaces, from the Sellers API. */
@ApplicationScoped
public class Sellers {

    @Inject
    SpApiCalls calls;

    public List<Participation> participations(SpApiCredentials credentials) {
        SpApiResponse response = calls.call(credentials, SpApiOperation.GET_MARKETPLACE_PARTICIPATIONS,
                SellersApi.class, SellersApi::getMarketplaceParticipations);
        return parse(response.body());
    }

    static List<Participation> parse(String body) {
        try (JsonReader reader = JsonDocuments.reader(body)) {
            return reader.readObject().getJsonArray("payload").stream()
                    .map(JsonValue::asJsonObject)
                    .map(Sellers::participation)
                    .toList();
        } catch (JsonException | ClassCastException | NullPointerException e) {
            throw new SpApiUnavailable("Amazon's answer to getMarketplaceParticipations could not be read");
        }
    }

    private static Participation participation(JsonObject entry) {
        JsonObject marketplace = entry.getJsonObject("marketplace");
        JsonObject participation = entry.getJsonObject("participation");
        return new Participation(
                marketplace.getString("id"),
                marketplace.getString("countryCode", null),
                marketplace.getString("name", null),
                marketplace.getString("defaultCurrencyCode", null),
                marketplace.getString("defaultLanguageCode", null),
                marketplace.getString("domainName", null),
                participation == null || participation.getBoolean("isParticipating", true));
    }
}
