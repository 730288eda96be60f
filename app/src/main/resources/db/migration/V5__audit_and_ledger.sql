-- Audit: the audit log read model, the hash-chained ledger, and the refusal of any change to the
-- recorded history. See docs/adr/0008-audit-ledger.md.

-- Who did what, when, through which command: one row per stored event, keyed by its global index.
-- A read model like any other: a rebuild empties it and replays the history.
CREATE TABLE audit_log (
    global_index         BIGINT       NOT NULL PRIMARY KEY,
    event_identifier     VARCHAR(255) NOT NULL UNIQUE,
    aggregate_type       VARCHAR(255),
    aggregate_identifier VARCHAR(255),
    sequence_number      BIGINT,
    event_type           VARCHAR(255) NOT NULL,
    payload_type         VARCHAR(255) NOT NULL,
    recorded_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    business_date        DATE,
    actor                VARCHAR(255),
    actor_name           VARCHAR(255),
    roles                VARCHAR(255),
    command              VARCHAR(255),
    correlation_id       VARCHAR(255),
    causation_id         VARCHAR(255),
    request_id           VARCHAR(255),
    client_address       VARCHAR(255)
);
CREATE INDEX audit_log_actor ON audit_log (actor, global_index);
CREATE INDEX audit_log_event_type ON audit_log (event_type, global_index);
CREATE INDEX audit_log_aggregate ON audit_log (aggregate_identifier, global_index);
CREATE INDEX audit_log_recorded_at ON audit_log (recorded_at, global_index);
CREATE INDEX audit_log_correlation ON audit_log (correlation_id, global_index);

-- The hash chain: one row per event in the order the single-segment ledger processor received it.
-- hash = sha256(previous hash || canonical bytes of the stored event). Evidence, not a read model:
-- it is never reset.
CREATE TABLE ledger_entry (
    ledger_position  BIGINT       NOT NULL PRIMARY KEY,
    event_identifier VARCHAR(255) NOT NULL UNIQUE,
    global_index     BIGINT       NOT NULL,
    hash             CHAR(64)     NOT NULL,
    chained_at       TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()
);

-- History is append-only. Changing it needs someone allowed to disable these triggers (the table
-- owner or a superuser), and the ledger's verification still shows the change.
CREATE FUNCTION refuse_change_to_history() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    RAISE EXCEPTION '% on % is refused: the recorded history is append-only', TG_OP, TG_TABLE_NAME;
END;
$$;

CREATE TRIGGER domain_event_entry_append_only
    BEFORE UPDATE OR DELETE ON domain_event_entry
    FOR EACH ROW EXECUTE FUNCTION refuse_change_to_history();
CREATE TRIGGER domain_event_entry_no_truncate
    BEFORE TRUNCATE ON domain_event_entry
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_change_to_history();

CREATE TRIGGER ledger_entry_append_only
    BEFORE UPDATE OR DELETE ON ledger_entry
    FOR EACH ROW EXECUTE FUNCTION refuse_change_to_history();
CREATE TRIGGER ledger_entry_no_truncate
    BEFORE TRUNCATE ON ledger_entry
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_change_to_history();
