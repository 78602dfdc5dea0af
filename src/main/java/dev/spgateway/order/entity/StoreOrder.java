package dev.spgateway.order.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * One Amazon order of a store as the last sync saw it: the columns the API filters and sorts by, and Amazon's
 * document without buyer or recipient data.
 */
@Entity
@Table(name = "store_order")
@IdClass(StoreOrder.Key.class)
@NamedQuery(name = StoreOrder.FIND_BY_IDS,
        query = "SELECT o FROM StoreOrder o WHERE o.storeId = :storeId AND o.orderId IN :orderIds")
public class StoreOrder {

    public static final String FIND_BY_IDS = "StoreOrder.findByIds";

    @Id
    @Column(name = "store_id", length = 36)
    private String storeId;

    @Id
    @Column(name = "order_id", length = 40)
    private String orderId;

    @Column(name = "marketplace_id", nullable = false, length = 20)
    private String marketplaceId;

    @Column(nullable = false, length = 32)
    private String status;

    @Column(name = "fulfillment_channel", nullable = false, length = 8)
    private String fulfillmentChannel;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "modified_at", nullable = false)
    private Instant modifiedAt;

    @Column(nullable = false, length = 200_000)
    private String document;

    /** The keyed hash of the buyer's e-mail, when Amazon sent one; never the e-mail. */
    @Column(name = "buyer_email_hash", length = 64)
    private String buyerEmailHash;

    /** False for an order as the order report gave it: no order item ids until the Orders API's answer. */
    @Column(nullable = false)
    private boolean detailed = true;

    protected StoreOrder() {
        // JPA
    }

    public StoreOrder(String storeId, String orderId, String marketplaceId, String status, String fulfillmentChannel,
            Instant createdAt, Instant modifiedAt, String document) {
        if (storeId == null || orderId == null || orderId.isBlank() || marketplaceId == null || status == null
                || fulfillmentChannel == null || createdAt == null || modifiedAt == null || document == null) {
            throw new IllegalArgumentException("an order needs its store, id, marketplace, status, channel, dates"
                    + " and document");
        }
        this.storeId = storeId;
        this.orderId = orderId;
        this.marketplaceId = marketplaceId;
        this.status = status;
        this.fulfillmentChannel = fulfillmentChannel;
        this.createdAt = createdAt;
        this.modifiedAt = modifiedAt;
        this.document = document;
    }

    /** The same order with the keyed hash of its buyer's e-mail. */
    public StoreOrder withBuyerEmailHash(String hash) {
        if (hash != null && hash.length() != 64) {
            throw new IllegalArgumentException("an e-mail hash is 64 hex digits");
        }
        buyerEmailHash = hash;
        return this;
    }

    /** The same order as Amazon's order report has it, without what only the Orders API tells. */
    public static StoreOrder fromReport(String storeId, String orderId, String marketplaceId, String status,
            String fulfillmentChannel, Instant createdAt, Instant modifiedAt, String document) {
        StoreOrder order = new StoreOrder(storeId, orderId, marketplaceId, status, fulfillmentChannel, createdAt,
                modifiedAt, document);
        order.detailed = false;
        return order;
    }

    /**
     * Takes another state of the same order when it is newer: an older one (a page served out of order, a
     * report made before the last sync) changes nothing. At the same instant the Orders API's state replaces
     * the report's, never the other way round. A newer report state of a detailed order takes the report's
     * status and dates but keeps the details (order item ids) with {@code keepDetails}, which patches them in.
     */
    public void update(StoreOrder other, java.util.function.BinaryOperator<String> keepDetails) {
        if (!other.orderId.equals(orderId) || other.modifiedAt.isBefore(modifiedAt)) {
            return;
        }
        boolean sameInstant = other.modifiedAt.equals(modifiedAt);
        if (sameInstant && detailed && !other.detailed) {
            return;
        }
        status = other.status;
        fulfillmentChannel = other.fulfillmentChannel;
        marketplaceId = other.marketplaceId;
        modifiedAt = other.modifiedAt;
        if (detailed && !other.detailed) {
            document = keepDetails.apply(document, other.document);
            return;
        }
        document = other.document;
        detailed = other.detailed;
        buyerEmailHash = other.buyerEmailHash;
    }

    public boolean detailed() {
        return detailed;
    }

    public String storeId() {
        return storeId;
    }

    public String orderId() {
        return orderId;
    }

    public String marketplaceId() {
        return marketplaceId;
    }

    public String status() {
        return status;
    }

    public String fulfillmentChannel() {
        return fulfillmentChannel;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant modifiedAt() {
        return modifiedAt;
    }

    public java.util.Optional<String> buyerEmailHash() {
        return java.util.Optional.ofNullable(buyerEmailHash);
    }

    public String document() {
        return document;
    }

    /** The composite primary key. */
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;
        private String storeId;
        private String orderId;

        public Key() {
        }

        public Key(String storeId, String orderId) {
            this.storeId = storeId;
            this.orderId = orderId;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.storeId.equals(storeId) && key.orderId.equals(orderId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(storeId, orderId);
        }
    }
}
