-- The first outcome of each Idempotency-Key, per principal, written with the command's events.
CREATE TABLE idempotency_record (
    idempotency_key VARCHAR(100)             NOT NULL,
    principal       VARCHAR(200)             NOT NULL,
    target          VARCHAR(500)             NOT NULL,
    request_hash    CHAR(64)                 NOT NULL,
    outcome         JSONB,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (idempotency_key, principal)
);
CREATE INDEX idempotency_record_created ON idempotency_record (created_at);
