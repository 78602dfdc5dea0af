-- customer_email without the e-mail: a keyed hash (HMAC-SHA256, a key derived from the secrets key, per store)
-- of the buyer's e-mail, set when Amazon sent the e-mail (applications with the buyer role). The e-mail itself
-- stays in memory only.
ALTER TABLE store_order ADD COLUMN buyer_email_hash VARCHAR(64);

CREATE INDEX ix_store_order_buyer_email ON store_order (store_id, buyer_email_hash);
