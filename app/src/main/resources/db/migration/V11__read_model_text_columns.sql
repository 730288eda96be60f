-- Text that comes from recorded events is stored in the read models without a length limit. The API
-- bounds what an officer may type, but events also come from imports of council pages, from the
-- identity provider's claims (actor names) and from earlier versions of the service; a view column
-- shorter than an event's text stopped the projection at that event and left the register behind
-- for every later event of its segment. Limits belong where input is taken, never where history is
-- replayed. varchar to text is binary-compatible: no table is rewritten and no index rebuilt.
ALTER TABLE decision_view
    ALTER COLUMN reference TYPE text,
    ALTER COLUMN title TYPE text,
    ALTER COLUMN decision_maker TYPE text;
ALTER TABLE decision_timeline
    ALTER COLUMN actor TYPE text;
ALTER TABLE call_in_register
    ALTER COLUMN decision_title TYPE text;
ALTER TABLE action_plan_view
    ALTER COLUMN title TYPE text;
ALTER TABLE action_plan_history
    ALTER COLUMN action_ref TYPE text;
ALTER TABLE delegation_view
    ALTER COLUMN delegate TYPE text;
ALTER TABLE delegation_source_decision
    ALTER COLUMN title TYPE text;
ALTER TABLE audit_log
    ALTER COLUMN actor TYPE text,
    ALTER COLUMN actor_name TYPE text,
    ALTER COLUMN roles TYPE text,
    ALTER COLUMN command TYPE text,
    ALTER COLUMN correlation_id TYPE text,
    ALTER COLUMN causation_id TYPE text,
    ALTER COLUMN request_id TYPE text,
    ALTER COLUMN client_address TYPE text;
