package dev.spgateway.amazon.control;

import java.util.Arrays;
import java.util.Optional;

/** Amazon's marketplaces with what API2Cart's store info shows of them. */
public enum Marketplace {
    US("ATVPDKIKX0DER", SellingRegion.NORTH_AMERICA, "United States", "en", "USD", "US Dollar", "$", "amazon.com"),
    CA("A2EUQ1WTGCTBG2", SellingRegion.NORTH_AMERICA, "Canada", "en", "CAD", "Canadian Dollar", "CA$", "amazon.ca"),
    MX("A1AM78C64UM0Y8", SellingRegion.NORTH_AMERICA, "Mexico", "es", "MXN", "Mexican Peso", "MX$", "amazon.com.mx"),
    BR("A2Q3Y263D00KWC", SellingRegion.NORTH_AMERICA, "Brazil", "pt", "BRL", "Brazilian Real", "R$", "amazon.com.br"),
    ES("A1RKKUPIHCS9HS", SellingRegion.EUROPE, "Spain", "es", "EUR", "Euro", "€", "amazon.es"),
    UK("A1F83G8C2ARO7P", SellingRegion.EUROPE, "United Kingdom", "en", "GBP", "British Pound", "£", "amazon.co.uk"),
    FR("A13V1IB3VIYZZH", SellingRegion.EUROPE, "France", "fr", "EUR", "Euro", "€", "amazon.fr"),
    BE("AMEN7PMS3EDWL", SellingRegion.EUROPE, "Belgium", "fr", "EUR", "Euro", "€", "amazon.com.be"),
    NL("A1805IZSGTT6HS", SellingRegion.EUROPE, "Netherlands", "nl", "EUR", "Euro", "€", "amazon.nl"),
    DE("A1PA6795UKMFR9", SellingRegion.EUROPE, "Germany", "de", "EUR", "Euro", "€", "amazon.de"),
    IT("APJ6JRA9NG5V4", SellingRegion.EUROPE, "Italy", "it", "EUR", "Euro", "€", "amazon.it"),
    SE("A2NODRKZP88ZB9", SellingRegion.EUROPE, "Sweden", "sv", "SEK", "Swedish Krona", "kr", "amazon.se"),
    ZA("AE08WJ6YKNBMC", SellingRegion.EUROPE, "South Africa", "en", "ZAR", "South African Rand", "R", "amazon.co.za"),
    PL("A1C3SOZRARQ6R3", SellingRegion.EUROPE, "Poland", "pl", "PLN", "Polish Zloty", "zł", "amazon.pl"),
    EG("ARBP9OOSHTCHU", SellingRegion.EUROPE, "Egypt", "ar", "EGP", "Egyptian Pound", "E£", "amazon.eg"),
    TR("A33AVAJ2PDY3EV", SellingRegion.EUROPE, "Turkey", "tr", "TRY", "Turkish Lira", "₺", "amazon.com.tr"),
    SA("A17E79C6D8DWNP", SellingRegion.EUROPE, "Saudi Arabia", "ar", "SAR", "Saudi Riyal", "SR", "amazon.sa"),
    AE("A2VIGQ35RCS4UG", SellingRegion.EUROPE, "United Arab Emirates", "ar", "AED", "UAE Dirham", "AED", "amazon.ae"),
    IN("A21TJRUUN4KGV", SellingRegion.EUROPE, "India", "en", "INR", "Indian Rupee", "₹", "amazon.in"),
    SG("A19VAU5U5O7RUS", SellingRegion.FAR_EAST, "Singapore", "en", "SGD", "Singapore Dollar", "S$", "amazon.sg"),
    AU("A39IBJ37TRP1C6", SellingRegion.FAR_EAST, "Australia", "en", "AUD", "Australian Dollar", "A$", "amazon.com.au"),
    JP("A1VC38T7YXB528", SellingRegion.FAR_EAST, "Japan", "ja", "JPY", "Japanese Yen", "¥", "amazon.co.jp");

    private final String id;
    private final SellingRegion region;
    private final String country;
    private final String language;
    private final String currencyCode;
    private final String currencyName;
    private final String currencySymbol;
    private final String domain;

    Marketplace(String id, SellingRegion region, String country, String language, String currencyCode,
            String currencyName, String currencySymbol, String domain) {
        this.id = id;
        this.region = region;
        this.country = country;
        this.language = language;
        this.currencyCode = currencyCode;
        this.currencyName = currencyName;
        this.currencySymbol = currencySymbol;
        this.domain = domain;
    }

    public static Optional<Marketplace> byId(String id) {
        return Arrays.stream(values()).filter(m -> m.id.equals(id)).findFirst();
    }

    public String id() {
        return id;
    }

    public SellingRegion region() {
        return region;
    }

    public String country() {
        return country;
    }

    public String language() {
        return language;
    }

    public String currencyCode() {
        return currencyCode;
    }

    public String currencyName() {
        return currencyName;
    }

    public String currencySymbol() {
        return currencySymbol;
    }

    public String url() {
        return "https://www." + domain + "/";
    }
}
