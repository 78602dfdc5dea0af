-- Amazon reports requested for stores: pending ones survive restarts and are continued, not requested again
CREATE TABLE report_job (
    id                 VARCHAR(36)              NOT NULL PRIMARY KEY,
    store_id           VARCHAR(36)              NOT NULL REFERENCES store_connection (id) ON DELETE CASCADE,
    report_key         VARCHAR(600)             NOT NULL,
    report_type        VARCHAR(100)             NOT NULL,
    marketplace_ids    VARCHAR(500)             NOT NULL,
    amazon_report_id   VARCHAR(100)             NOT NULL,
    report_request_id  VARCHAR(150)             NOT NULL,
    status             VARCHAR(16)              NOT NULL,
    report_document_id VARCHAR(200),
    failure            VARCHAR(1000),
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    completed_at       TIMESTAMP WITH TIME ZONE,
    CONSTRAINT uq_report_request_id UNIQUE (report_request_id)
);

CREATE INDEX ix_report_job_key ON report_job (store_id, report_key, status);
