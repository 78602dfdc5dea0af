package dev.spgateway.amazon.control;

/** One marketplace a seller takes part in, as getMarketplaceParticipations reports it. */
public record Participation(String marketplaceId, String countryCode, String name, String currencyCode,
        String languageCode, String domainName, boolean participating) {
}
