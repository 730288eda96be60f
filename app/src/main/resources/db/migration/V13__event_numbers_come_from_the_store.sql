-- An event's global index is handed out by the table's sequence. A row written by hand with an index
-- beyond what the sequence has handed out would sit ahead of every event appended after it: the
-- processors' tokens would jump to it and never see the events numbered below it, so the register and
-- the ledger would stop while their status showed no lag. Such a row is refused. A row numbered behind
-- the sequence (a hand-written copy, an old backup) is still stored, and verification names it
-- (EVENT_NOT_CHAINED).
CREATE FUNCTION refuse_event_index_ahead_of_sequence() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.global_index > (SELECT last_value FROM domain_event_entry_global_index_seq) THEN
        RAISE EXCEPTION 'global_index % is ahead of the event store''s sequence: events are numbered by the store',
            NEW.global_index USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
END
$$;

CREATE TRIGGER event_index_from_the_store
    BEFORE INSERT ON domain_event_entry
    FOR EACH ROW EXECUTE FUNCTION refuse_event_index_ahead_of_sequence();
