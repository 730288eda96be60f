-- A plan's tracker holds every status of every action, tens of kilobytes of JSON, and it is written
-- whole for each batch of events that changes the plan. As jsonb, PostgreSQL parsed it into its
-- binary form and compressed it with pglz on every write, the largest statement cost of a command in
-- the benchmark. The service reads the document whole and never queries inside it, so it is stored
-- as json (checked as JSON and kept as written; the JSON operators still work), compressed with lz4
-- where the server was built with it and with the default compression where not.
-- docs/performance.md, change 18, has the measurements; ADR 0019 the decision.
ALTER TABLE action_plan_view ALTER COLUMN document TYPE json USING document::json;

DO $$
BEGIN
    ALTER TABLE action_plan_view ALTER COLUMN document SET COMPRESSION lz4;
EXCEPTION WHEN feature_not_supported THEN
    RAISE NOTICE 'this PostgreSQL has no lz4: the tracker document keeps the default compression';
END
$$;
