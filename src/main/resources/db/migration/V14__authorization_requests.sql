-- Website and Appstore authorizations in progress or done. The state that travels through the seller's
-- browser is kept only as its SHA-256 hash; the code Amazon sends and the refresh token are never stored here.
CREATE TABLE authorization_request (
    id              VARCHAR(36)              NOT NULL PRIMARY KEY,
    version         BIGINT                   NOT NULL,
    account_id      VARCHAR(36)              NOT NULL REFERENCES api_account (id) ON DELETE CASCADE,
    state_hash      VARCHAR(64)              NOT NULL,
    aws_region      VARCHAR(16)              NOT NULL,
    workflow        VARCHAR(16)              NOT NULL,
    return_url      VARCHAR(2000)            NOT NULL,
    custom_label    VARCHAR(200),
    status          VARCHAR(16)              NOT NULL,
    error_code      VARCHAR(64),
    store_key       VARCHAR(64),
    seller_id       VARCHAR(64),
    marketplace_ids VARCHAR(1000),
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    completed_at    TIMESTAMP WITH TIME ZONE,
    CONSTRAINT uq_authorization_state UNIQUE (state_hash)
);

CREATE INDEX ix_authorization_account ON authorization_request (account_id);
