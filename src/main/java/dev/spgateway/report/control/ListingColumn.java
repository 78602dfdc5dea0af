package dev.spgateway.report.control;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The columns of Amazon's merchant listings reports in Amazon's order, with the header Amazon.co.jp uses
 * for each: its documents are localised, everybody else's are English.
 */
public enum ListingColumn {
    ITEM_NAME("item-name", "商品名"),
    ITEM_DESCRIPTION("item-description", "商品の説明"),
    LISTING_ID("listing-id", "出品ID"),
    SELLER_SKU("seller-sku", "出品者SKU"),
    PRICE("price", "価格"),
    QUANTITY("quantity", "数量"),
    OPEN_DATE("open-date", "出品日"),
    IMAGE_URL("image-url", "商品イメージURL"),
    ITEM_IS_MARKETPLACE("item-is-marketplace", "マーケットプレイス出品"),
    PRODUCT_ID_TYPE("product-id-type", "商品IDタイプ"),
    ZSHOP_SHIPPING_FEE("zshop-shipping-fee", "zshop-shipping-fee"),
    ITEM_NOTE("item-note", "コンディション説明"),
    ITEM_CONDITION("item-condition", "コンディション"),
    ZSHOP_CATEGORY1("zshop-category1", "zshop-category1"),
    ZSHOP_BROWSE_PATH("zshop-browse-path", "zshop-browse-path"),
    ZSHOP_STOREFRONT_FEATURE("zshop-storefront-feature", "zshop-storefront-feature"),
    ASIN1("asin1", "ASIN 1"),
    ASIN2("asin2", "ASIN 2"),
    ASIN3("asin3", "ASIN 3"),
    WILL_SHIP_INTERNATIONALLY("will-ship-internationally", "国外へ配送可"),
    EXPEDITED_SHIPPING("expedited-shipping", "迅速な配送"),
    ZSHOP_BOLDFACE("zshop-boldface", "zshop-boldface"),
    PRODUCT_ID("product-id", "商品ID"),
    BID_FOR_FEATURED_PLACEMENT("bid-for-featured-placement", "bid-for-featured-placement"),
    ADD_DELETE("add-delete", "add-delete"),
    PENDING_QUANTITY("pending-quantity", "予約済み数量"),
    FULFILLMENT_CHANNEL("fulfillment-channel", "フルフィルメント・チャネル"),
    MERCHANT_SHIPPING_GROUP("merchant-shipping-group", "出品者出荷グループ"),
    STATUS("status", "ステータス");

    private static final Map<String, ListingColumn> BY_HEADER = new HashMap<>();

    static {
        for (ListingColumn column : values()) {
            BY_HEADER.put(column.header, column);
            // Japanese headers have no case; lower-casing them is harmless and keeps one lookup path
            BY_HEADER.putIfAbsent(column.japaneseHeader.toLowerCase(Locale.ROOT), column);
        }
    }

    private final String header;
    private final String japaneseHeader;

    ListingColumn(String header, String japaneseHeader) {
        this.header = header;
        this.japaneseHeader = japaneseHeader;
    }

    public String header() {
        return header;
    }

    public String japaneseHeader() {
        return japaneseHeader;
    }

    /** The column a header names, English (any case) or Japanese; surrounding blanks are ignored. */
    public static Optional<ListingColumn> byHeader(String name) {
        if (name == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(BY_HEADER.get(name.strip().toLowerCase(Locale.ROOT)));
    }
}
