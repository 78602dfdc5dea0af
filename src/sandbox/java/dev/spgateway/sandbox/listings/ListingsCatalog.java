package dev.spgateway.sandbox.listings;

import dev.spgateway.sandbox.sellers.Marketplace;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.SplittableRandom;

/**
 * A seller's generated catalog. Row i depends only on (seed, marketplace, i), so any row can be computed
 * on its own, a million rows stream without being held, and tests can compute what the sandbox serves.
 */
public final class ListingsCatalog implements Iterable<ListingsRow> {

    private static final String[] LATIN_ADJECTIVES = {"Premium", "Café", "Crème", "Öko", "Küchen", "Señor", "Smörgås",
        "Déjà-vu", "Blåbær", "Naïve", "Façade", "Jalapeño", "Über", "Grüne", "Rosé"};
    private static final String[] LATIN_NOUNS = {"Kaffeebecher", "Trinkflasche", "Schneidebrett", "Tasse",
        "Lunchbox", "Messer-Set", "Thermoskanne", "Brotdose", "Gewürzregal", "Teekanne", "Pfanne", "Wok"};
    private static final String[] LATIN_EXTRAS = {"“Deluxe”", "– 2er Pack", "für 9,99 €", "Edition…", "500 ml",
        "‘Classic’", "Größe L", "naïveté"};
    private static final String[] JP_ADJECTIVES = {"ステンレス", "保温", "大容量", "日本製", "折りたたみ", "抗菌", "軽量"};
    private static final String[] JP_NOUNS = {"水筒", "まな板", "マグカップ", "弁当箱", "包丁セット", "急須", "フライパン"};
    private static final String[] JP_EXTRAS = {"【送料無料】", "２個セット", "５００ｍｌ", "（ブラック）", "…限定"};
    private static final String[] CONDITION_NOTES = {"Leichte Gebrauchsspuren – OVP fehlt…", "Like new, “open box”",
        "Très bon état…"};
    private static final String[] JP_CONDITION_NOTES = {"多少の使用感あり…箱なし", "未開封品です"};
    private static final long EPOCH_2015 = 1_420_070_400L;
    private static final long SIX_YEARS = 6L * 365 * 24 * 3600;

    private final long seed;
    private final long size;
    private final Marketplace marketplace;
    private final DateTimeFormatter openDate;

    public ListingsCatalog(long seed, long size, Marketplace marketplace) {
        this.seed = seed;
        this.size = size;
        this.marketplace = marketplace;
        this.openDate = openDateFormat(marketplace);
    }

    public long size() {
        return size;
    }

    /** Amazon prints open-date in the marketplace's local time with its zone's abbreviation. */
    static DateTimeFormatter openDateFormat(Marketplace marketplace) {
        return switch (marketplace.region()) {
            case Marketplace.FE -> DateTimeFormatter.ofPattern(marketplace.isJapan() ? "yyyy/MM/dd HH:mm:ss zzz"
                    : "yyyy-MM-dd HH:mm:ss zzz", Locale.US).withZone(ZoneId.of(marketplace.isJapan() ? "Asia/Tokyo"
                    : "Australia/Sydney"));
            case Marketplace.EU -> DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss zzz", Locale.US)
                    .withZone(ZoneId.of("GB".equals(marketplace.countryCode()) ? "Europe/London" : "Europe/Berlin"));
            default -> DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss zzz", Locale.US)
                    .withZone(ZoneId.of("America/Los_Angeles"));
        };
    }

    public ListingsRow row(long i) {
        if (i < 0 || i >= size) {
            throw new IndexOutOfBoundsException(i);
        }
        SplittableRandom r = new SplittableRandom(mix(seed * 0x9E3779B97F4A7C15L + i));
        boolean jp = marketplace.isJapan();
        boolean fba = r.nextInt(100) < 25;
        boolean inactive = r.nextInt(100) < 10;
        int quantity = inactive ? 0 : 1 + r.nextInt(250);
        EnumMap<ListingsColumn, String> v = new EnumMap<>(ListingsColumn.class);
        v.put(ListingsColumn.ITEM_NAME, name(r, jp, i));
        v.put(ListingsColumn.ITEM_DESCRIPTION, r.nextInt(4) == 0 ? (jp ? "説明…詳しくは商品ページへ" : "Description… see “details”") : "");
        Instant opened = Instant.ofEpochSecond(EPOCH_2015 + Math.floorMod(r.nextLong(), SIX_YEARS));
        v.put(ListingsColumn.LISTING_ID, DateTimeFormatter.ofPattern("MMdd").withZone(ZoneId.of("UTC")).format(opened)
                + "Z" + base36(r, 6));
        v.put(ListingsColumn.SELLER_SKU, (r.nextInt(20) == 0 && !jp ? "ÄB-" : "SKU-") + String.format(Locale.ROOT, "%08d", i));
        int cents = 199 + r.nextInt(99_800);
        v.put(ListingsColumn.PRICE, jp ? Integer.toString(cents) : String.format(Locale.ROOT, "%d.%02d", cents / 100, cents % 100));
        v.put(ListingsColumn.QUANTITY, fba ? "" : Integer.toString(quantity));
        v.put(ListingsColumn.OPEN_DATE, openDate.format(opened));
        v.put(ListingsColumn.IMAGE_URL, r.nextInt(3) == 0 ? "" : "https://m.media-amazon.com/images/I/" + base36(r, 11) + "._SL75_.jpg");
        v.put(ListingsColumn.ITEM_IS_MARKETPLACE, "y");
        v.put(ListingsColumn.PRODUCT_ID_TYPE, "1");
        boolean used = r.nextInt(10) == 0;
        v.put(ListingsColumn.ITEM_NOTE, !used ? "" : jp ? JP_CONDITION_NOTES[r.nextInt(JP_CONDITION_NOTES.length)]
                : CONDITION_NOTES[r.nextInt(CONDITION_NOTES.length)]);
        v.put(ListingsColumn.ITEM_CONDITION, used ? Integer.toString(1 + r.nextInt(4)) : "11");
        String asin = "B0" + base36(r, 8).toUpperCase(Locale.ROOT);
        v.put(ListingsColumn.ASIN1, asin);
        v.put(ListingsColumn.WILL_SHIP_INTERNATIONALLY, r.nextBoolean() ? "1" : "");
        v.put(ListingsColumn.EXPEDITED_SHIPPING, r.nextBoolean() ? "N" : "");
        v.put(ListingsColumn.PRODUCT_ID, asin);
        v.put(ListingsColumn.PENDING_QUANTITY, fba ? "" : Integer.toString(r.nextInt(10) == 0 ? 1 : 0));
        v.put(ListingsColumn.FULFILLMENT_CHANNEL, fba ? "AMAZON_" + marketplace.region().toUpperCase(Locale.ROOT) : "DEFAULT");
        v.put(ListingsColumn.MERCHANT_SHIPPING_GROUP, fba ? "" : jp ? "デフォルト配送設定" : "Migrated Template");
        v.put(ListingsColumn.STATUS, inactive ? "Inactive" : "Active");
        return ListingsRow.of(i, v);
    }

    private static String name(SplittableRandom r, boolean jp, long i) {
        String[] adjectives = jp ? JP_ADJECTIVES : LATIN_ADJECTIVES;
        String[] nouns = jp ? JP_NOUNS : LATIN_NOUNS;
        String[] extras = jp ? JP_EXTRAS : LATIN_EXTRAS;
        StringBuilder name = new StringBuilder();
        name.append(adjectives[r.nextInt(adjectives.length)]).append(' ').append(nouns[r.nextInt(nouns.length)]);
        if (r.nextInt(3) == 0) {
            name.append(' ').append(extras[r.nextInt(extras.length)]);
        }
        // every seventh row carries the ellipsis (Cp1252 0x85) inside the field, not at its end
        if (i % 7 == 3) {
            name.insert(name.indexOf(" "), "…");
        }
        return name.toString();
    }

    private static String base36(SplittableRandom r, int length) {
        StringBuilder out = new StringBuilder(length);
        for (int k = 0; k < length; k++) {
            out.append("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ".charAt(r.nextInt(36)));
        }
        return out.toString();
    }

    /** Stafford's mix13, so neighbouring rows get unrelated random streams. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    @Override
    public Iterator<ListingsRow> iterator() {
        return new Iterator<>() {
            private long next;

            @Override
            public boolean hasNext() {
                return next < size;
            }

            @Override
            public ListingsRow next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return row(next++);
            }
        };
    }
}
