-- First answers of calls that carried an idempotency_key (replayed within spgateway.idempotency.ttl)
CREATE TABLE idempotent_replay (
    account_id      VARCHAR(36)              NOT NULL REFERENCES api_account (id) ON DELETE CASCADE,
    idempotency_key VARCHAR(200)             NOT NULL,
    method          VARCHAR(100)             NOT NULL,
    result_json     VARCHAR(4000)            NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (account_id, idempotency_key)
);
