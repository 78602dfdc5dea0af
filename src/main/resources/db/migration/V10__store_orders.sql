-- Each store's Amazon orders, kept fresh by searchOrders from a watermark. No buyer or recipient data here:
-- the document is Amazon's order without its buyer and recipient parts; those stay in memory for a while only.
CREATE TABLE store_order (
    store_id            VARCHAR(36)              NOT NULL REFERENCES store_connection (id) ON DELETE CASCADE,
    order_id            VARCHAR(40)              NOT NULL,
    marketplace_id      VARCHAR(20)              NOT NULL,
    status              VARCHAR(32)              NOT NULL,
    fulfillment_channel VARCHAR(8)               NOT NULL,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    modified_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    document            VARCHAR(200000)          NOT NULL,
    PRIMARY KEY (store_id, order_id)
);

CREATE INDEX ix_store_order_created ON store_order (store_id, created_at);
CREATE INDEX ix_store_order_modified ON store_order (store_id, modified_at);

-- Where each store's order sync stands: the lastUpdatedAfter watermark, a walk in progress (its token and the
-- watermark it ends at) and the lease that lets one instance at a time sync the store.
CREATE TABLE order_sync (
    store_id       VARCHAR(36)              NOT NULL PRIMARY KEY REFERENCES store_connection (id) ON DELETE CASCADE,
    watermark      TIMESTAMP WITH TIME ZONE NOT NULL,
    page_token     VARCHAR(4000),
    lease_holder   VARCHAR(100),
    lease_until    TIMESTAMP WITH TIME ZONE NOT NULL,
    synced_at      TIMESTAMP WITH TIME ZONE,
    buyer_data     VARCHAR(16)              NOT NULL
);
