-- The Atom feeds (ADR 23) read the newest recorded steps and scrutiny items first.
CREATE INDEX decision_timeline_recorded ON decision_timeline (recorded_at DESC, decision_id DESC, sequence DESC);
CREATE INDEX scrutiny_item_view_recorded ON scrutiny_item_view (recorded_at DESC, scrutiny_item_id DESC);
