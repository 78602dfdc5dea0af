package dev.spgateway.sandbox.sellers;

import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Amazon marketplaces with the SP-API selling region and AWS signing region they belong to. */
public record Marketplace(String id, String countryCode, String name, String currency, String language, String domain,
                          String region) {

    public static final String NA = "na";
    public static final String EU = "eu";
    public static final String FE = "fe";

    private static final Map<String, Marketplace> ALL = Stream.of(
            new Marketplace("ATVPDKIKX0DER", "US", "Amazon.com", "USD", "en_US", "www.amazon.com", NA),
            new Marketplace("A2EUQ1WTGCTBG2", "CA", "Amazon.ca", "CAD", "en_CA", "www.amazon.ca", NA),
            new Marketplace("A1AM78C64UM0Y8", "MX", "Amazon.com.mx", "MXN", "es_MX", "www.amazon.com.mx", NA),
            new Marketplace("A2Q3Y263D00KWC", "BR", "Amazon.com.br", "BRL", "pt_BR", "www.amazon.com.br", NA),
            new Marketplace("A1F83G8C2ARO7P", "GB", "Amazon.co.uk", "GBP", "en_GB", "www.amazon.co.uk", EU),
            new Marketplace("A1PA6795UKMFR9", "DE", "Amazon.de", "EUR", "de_DE", "www.amazon.de", EU),
            new Marketplace("A13V1IB3VIYZZH", "FR", "Amazon.fr", "EUR", "fr_FR", "www.amazon.fr", EU),
            new Marketplace("APJ6JRA9NG5V4", "IT", "Amazon.it", "EUR", "it_IT", "www.amazon.it", EU),
            new Marketplace("A1RKKUPIHCS9HS", "ES", "Amazon.es", "EUR", "es_ES", "www.amazon.es", EU),
            new Marketplace("A1805IZSGTT6HS", "NL", "Amazon.nl", "EUR", "nl_NL", "www.amazon.nl", EU),
            new Marketplace("A2NODRKZP88ZB9", "SE", "Amazon.se", "SEK", "sv_SE", "www.amazon.se", EU),
            new Marketplace("A1C3SOZRARQ6R3", "PL", "Amazon.pl", "PLN", "pl_PL", "www.amazon.pl", EU),
            new Marketplace("AMEN7PMS3EDWL", "BE", "Amazon.com.be", "EUR", "fr_BE", "www.amazon.com.be", EU),
            new Marketplace("A33AVAJ2PDY3EV", "TR", "Amazon.com.tr", "TRY", "tr_TR", "www.amazon.com.tr", EU),
            new Marketplace("A21TJRUUN4KGV", "IN", "Amazon.in", "INR", "en_IN", "www.amazon.in", EU),
            new Marketplace("A2VIGQ35RCS4UG", "AE", "Amazon.ae", "AED", "en_AE", "www.amazon.ae", EU),
            new Marketplace("A17E79C6D8DWNP", "SA", "Amazon.sa", "SAR", "ar_SA", "www.amazon.sa", EU),
            new Marketplace("ARBP9OOSHTCHU", "EG", "Amazon.eg", "EGP", "ar_EG", "www.amazon.eg", EU),
            new Marketplace("A1VC38T7YXB528", "JP", "Amazon.co.jp", "JPY", "ja_JP", "www.amazon.co.jp", FE),
            new Marketplace("A39IBJ37TRP1C6", "AU", "Amazon.com.au", "AUD", "en_AU", "www.amazon.com.au", FE),
            new Marketplace("A19VAU5U5O7RUS", "SG", "Amazon.sg", "SGD", "en_SG", "www.amazon.sg", FE)
    ).collect(Collectors.toUnmodifiableMap(Marketplace::id, m -> m));

    public static Optional<Marketplace> byId(String id) {
        return Optional.ofNullable(id == null ? null : ALL.get(id));
    }

    /** The AWS region SP-API requests for this marketplace are signed for. */
    public String awsRegion() {
        return switch (region) {
            case NA -> "us-east-1";
            case EU -> "eu-west-1";
            default -> "us-west-2";
        };
    }

    public boolean isJapan() {
        return "JP".equals(countryCode);
    }
}
