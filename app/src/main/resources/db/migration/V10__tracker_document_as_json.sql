-- A plan's tracker holds every status of every action, tens of kilobytes of JSON, and it is written
-- whole for each batch of events that changes the plan. As jsonb with the default compression
-- (pglz), PostgreSQL parsed it into its binary form and compressed it on every write: 1.8 ms of the
-- server's CPU a write for a document of 120 kB, the largest statement cost of a command in the
-- benchmark. The service reads the document whole and never queries inside it, so it is stored as
-- json (checked as JSON and kept as written; the JSON operators still work), compressed with lz4
-- where the server was built with it (0.34 ms) and otherwise stored uncompressed (0.49 ms).
-- docs/performance.md, change 18.
ALTER TABLE action_plan_view ALTER COLUMN document TYPE json USING document::json;

DO $$
BEGIN
    ALTER TABLE action_plan_view ALTER COLUMN document SET COMPRESSION lz4;
EXCEPTION WHEN feature_not_supported THEN
    ALTER TABLE action_plan_view ALTER COLUMN document SET STORAGE EXTERNAL;
    RAISE NOTICE 'this PostgreSQL has no lz4: the tracker document is stored uncompressed';
END
$$;
