-- API accounts and their keys (stored as SHA-256 hashes only)
CREATE TABLE api_account (
    id          VARCHAR(36)              NOT NULL PRIMARY KEY,
    name        VARCHAR(200)             NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE api_key (
    id          VARCHAR(36)              NOT NULL PRIMARY KEY,
    account_id  VARCHAR(36)              NOT NULL REFERENCES api_account (id) ON DELETE CASCADE,
    key_hash    VARCHAR(64)              NOT NULL,
    key_hint    VARCHAR(8)               NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    disabled_at TIMESTAMP WITH TIME ZONE,
    CONSTRAINT uq_api_key_hash UNIQUE (key_hash)
);

CREATE INDEX ix_api_key_account ON api_key (account_id);
