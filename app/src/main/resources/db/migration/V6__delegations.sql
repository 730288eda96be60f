-- The delegation register: each delegation's view, and what the register needs of the decisions
-- that delegate (when each took effect, or that it came to nothing), so that "in force on a day"
-- is answered from this projection's own tables.

CREATE TABLE delegation_view (
    delegation_id      VARCHAR(100) NOT NULL PRIMARY KEY,
    authority_id       VARCHAR(100) NOT NULL,
    parent_id          VARCHAR(100),
    source_decision_id VARCHAR(100),
    delegate           VARCHAR(300) NOT NULL,
    valid_from         DATE         NOT NULL,
    valid_until        DATE,
    revoked_on         DATE,
    document           JSONB        NOT NULL,
    version            BIGINT       NOT NULL,
    granted_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    last_event_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX delegation_view_authority ON delegation_view (authority_id, valid_from);
CREATE INDEX delegation_view_source ON delegation_view (source_decision_id);
CREATE INDEX delegation_view_parent ON delegation_view (parent_id);

CREATE TABLE delegation_source_decision (
    decision_id    VARCHAR(100) NOT NULL PRIMARY KEY,
    title          VARCHAR(500) NOT NULL,
    status         VARCHAR(40)  NOT NULL,
    effective_from DATE,
    version        BIGINT       NOT NULL
);
