-- Each alert's delivery per channel (webhook, JMX notification, log, CDI event): an outbox row written with the
-- alert itself, so an alert is never lost; a channel that fails is retried with backoff on its own row and never
-- holds up the others. Alerts recorded before this migration were sent already and get no rows.
CREATE TABLE alert_delivery (
    id              VARCHAR(36)              NOT NULL PRIMARY KEY,
    alert_id        VARCHAR(36)              NOT NULL REFERENCES rotation_alert (id) ON DELETE CASCADE,
    channel         VARCHAR(32)              NOT NULL,
    state           VARCHAR(16)              NOT NULL,
    attempts        INTEGER                  NOT NULL,
    next_attempt_at TIMESTAMP WITH TIME ZONE NOT NULL,
    last_error      VARCHAR(1000),
    delivered_at    TIMESTAMP WITH TIME ZONE,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_alert_delivery UNIQUE (alert_id, channel)
);

CREATE INDEX ix_alert_delivery_due ON alert_delivery (state, next_attempt_at);
