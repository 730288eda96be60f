-- The history of imports of published pages (ADR 11): who imported which text (by its SHA-256) for
-- which council, and what it read as, raw values included. The ledger's facts stay in the events,
-- whose metadata name the import id and the source hash.
CREATE TABLE import_log (
    import_id    VARCHAR(36)              PRIMARY KEY,
    kind         VARCHAR(20)              NOT NULL,
    authority_id VARCHAR(100)             NOT NULL,
    source_name  VARCHAR(200),
    source_hash  CHAR(64)                 NOT NULL,
    actor        VARCHAR(200)             NOT NULL,
    imported_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    answer       JSONB                    NOT NULL
);
CREATE INDEX import_log_source ON import_log (authority_id, source_hash);
CREATE INDEX import_log_imported_at ON import_log (imported_at);
