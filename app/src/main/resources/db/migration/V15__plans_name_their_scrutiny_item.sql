-- An action plan may name the scrutiny item that called for it (ADR 22). The item's page and
-- GET /api/action-plans?scrutinyItem= list the plans that answer an item, so the tracker keeps the
-- item's id beside its document, written by the action-plan tracker projection with the rest of the
-- row. Rows written before this column existed take it from their documents.

ALTER TABLE action_plan_view ADD COLUMN source_scrutiny_item_id TEXT;
UPDATE action_plan_view SET source_scrutiny_item_id = document ->> 'sourceScrutinyItemId'
    WHERE document ->> 'sourceScrutinyItemId' IS NOT NULL;
CREATE INDEX action_plan_view_scrutiny_item ON action_plan_view (source_scrutiny_item_id, created_on DESC)
    WHERE source_scrutiny_item_id IS NOT NULL;
