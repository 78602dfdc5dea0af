-- Amazon stores connected by API accounts. Secret columns hold AES-256-GCM ciphertexts, never plain values.
CREATE TABLE store_connection (
    id                    VARCHAR(36)              NOT NULL PRIMARY KEY,
    version               BIGINT                   NOT NULL,
    account_id            VARCHAR(36)              NOT NULL REFERENCES api_account (id) ON DELETE CASCADE,
    store_key             VARCHAR(64)              NOT NULL,
    seller_id             VARCHAR(64)              NOT NULL,
    client_id             VARCHAR(200)             NOT NULL,
    client_secret         VARCHAR(1024)            NOT NULL,
    refresh_token         VARCHAR(2048)            NOT NULL,
    aws_region            VARCHAR(16)              NOT NULL,
    aws_access_key_id     VARCHAR(32),
    aws_secret_access_key VARCHAR(1024),
    aws_role_arn          VARCHAR(200),
    environment           VARCHAR(16)              NOT NULL,
    custom_label          VARCHAR(200),
    marketplace_ids       VARCHAR(1000)            NOT NULL,
    created_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    client_secret_set_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    last_verified_at      TIMESTAMP WITH TIME ZONE,
    last_error            VARCHAR(1000),
    CONSTRAINT uq_store_key UNIQUE (store_key),
    CONSTRAINT uq_store_seller UNIQUE (account_id, seller_id, aws_region)
);

CREATE INDEX ix_store_account ON store_connection (account_id);
CREATE INDEX ix_store_client ON store_connection (client_id);
