-- Action-plan trackers (one document per plan, folded from its events) and every action's history.
-- Owned by the action-plan-tracker projection; a rebuild empties both and replays the history.

CREATE TABLE action_plan_view (
    plan_id       VARCHAR(100) NOT NULL PRIMARY KEY,
    authority_id  VARCHAR(63)  NOT NULL,
    title         VARCHAR(500) NOT NULL,
    kind          VARCHAR(40)  NOT NULL,
    created_on    DATE,
    document      JSONB        NOT NULL,
    version       BIGINT       NOT NULL,
    last_event_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX action_plan_view_authority ON action_plan_view (authority_id, created_on);

CREATE TABLE action_plan_history (
    plan_id    VARCHAR(100) NOT NULL,
    action_ref VARCHAR(30)  NOT NULL,
    sequence   BIGINT       NOT NULL,
    kind       VARCHAR(40)  NOT NULL,
    entry      JSONB        NOT NULL,
    PRIMARY KEY (plan_id, action_ref, sequence)
);
