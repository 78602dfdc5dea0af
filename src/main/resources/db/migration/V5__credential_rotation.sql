-- Client-secret lifetime per store, the alerts sent about it, and a lease so that one instance runs each tick
ALTER TABLE store_connection ADD COLUMN client_secret_expires_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE store_connection ADD COLUMN rotation_state VARCHAR(16) DEFAULT 'OK' NOT NULL;
ALTER TABLE store_connection ADD COLUMN rotation_reason VARCHAR(1000);
UPDATE store_connection SET client_secret_expires_at = client_secret_set_at + INTERVAL '180' DAY;
ALTER TABLE store_connection ALTER COLUMN client_secret_expires_at SET NOT NULL;

-- One row per alert; the key makes each threshold of each secret alert once, whichever instance gets there
CREATE TABLE rotation_alert (
    id                   VARCHAR(36)              NOT NULL PRIMARY KEY,
    store_id             VARCHAR(36)              NOT NULL REFERENCES store_connection (id) ON DELETE CASCADE,
    client_secret_set_at TIMESTAMP WITH TIME ZONE NOT NULL,
    threshold_days       INTEGER                  NOT NULL,
    state                VARCHAR(16)              NOT NULL,
    days_left            INTEGER                  NOT NULL,
    expires_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    reason               VARCHAR(1000),
    created_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_rotation_alert UNIQUE (store_id, client_secret_set_at, threshold_days)
);

CREATE INDEX ix_rotation_alert_created ON rotation_alert (created_at);

CREATE TABLE job_lease (
    name        VARCHAR(100)             NOT NULL PRIMARY KEY,
    holder      VARCHAR(100),
    lease_until TIMESTAMP WITH TIME ZONE NOT NULL
);

INSERT INTO job_lease (name, holder, lease_until)
VALUES ('credential-rotation', NULL, TIMESTAMP WITH TIME ZONE '1970-01-01 00:00:00+00:00');
