-- The history back-fill from Amazon's flat-file order report, and the searchOrders walk that completes it.
-- A report's orders carry no order item ids (nor anything else the report lacks) until that walk reaches them:
-- detailed says whether the stored document came from the Orders API.
ALTER TABLE store_order ADD COLUMN detailed BOOLEAN DEFAULT TRUE NOT NULL;

-- backfill_job: the report_job being made for the store; backfill_end: the end of its period, set once its
-- orders are stored; fill_token / fill_done: where the walk of orders created in the period stands.
ALTER TABLE order_sync ADD COLUMN backfill_job VARCHAR(36);
ALTER TABLE order_sync ADD COLUMN backfill_start TIMESTAMP WITH TIME ZONE;
ALTER TABLE order_sync ADD COLUMN backfill_end TIMESTAMP WITH TIME ZONE;
ALTER TABLE order_sync ADD COLUMN fill_token VARCHAR(4000);
ALTER TABLE order_sync ADD COLUMN fill_done BOOLEAN DEFAULT FALSE NOT NULL;
