-- Scrutiny items (ADR 22): items of scrutiny panels' meetings, one document per item, folded from its
-- events. Owned by the scrutiny-items projection; a rebuild empties it and replays the history.
-- Text from events is unbounded here, as in every read model (V11).

CREATE TABLE scrutiny_item_view (
    scrutiny_item_id VARCHAR(100)             NOT NULL PRIMARY KEY,
    authority_id     VARCHAR(100)             NOT NULL,
    committee        TEXT                     NOT NULL,
    meeting_date     DATE                     NOT NULL,
    title            TEXT                     NOT NULL,
    document         JSONB                    NOT NULL,
    version          BIGINT                   NOT NULL,
    recorded_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX scrutiny_item_view_meeting ON scrutiny_item_view (meeting_date DESC, scrutiny_item_id);
CREATE INDEX scrutiny_item_view_authority ON scrutiny_item_view (authority_id, meeting_date DESC);
