-- Read paths measured by bench/ (docs/performance.md).

-- A page of a decision's timeline is read in the timeline's own order, so it costs the same for a
-- decision with ten entries and one with ten thousand.
CREATE INDEX decision_timeline_order ON decision_timeline (decision_id, business_date NULLS FIRST, sequence);
