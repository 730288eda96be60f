-- Read models. Each projection owns its tables; a rebuild empties them and replays the history.

CREATE TABLE authority_view (
    authority_id VARCHAR(63)  NOT NULL PRIMARY KEY,
    name         VARCHAR(200) NOT NULL,
    version      BIGINT       NOT NULL
);

CREATE TABLE authority_rule_version (
    authority_id                 VARCHAR(63) NOT NULL REFERENCES authority_view (authority_id) ON DELETE CASCADE,
    ordinal                      INTEGER     NOT NULL,
    valid_from                   DATE,
    rules                        JSONB       NOT NULL,
    adopted_on                   DATE,
    PRIMARY KEY (authority_id, ordinal)
);

CREATE TABLE decision_view (
    decision_id      VARCHAR(100) NOT NULL PRIMARY KEY,
    authority_id     VARCHAR(63)  NOT NULL,
    reference        VARCHAR(100),
    title            VARCHAR(500) NOT NULL,
    decision_maker   VARCHAR(200) NOT NULL,
    key_decision     BOOLEAN      NOT NULL,
    status           VARCHAR(40)  NOT NULL,
    proposed_on      DATE,
    decided_on       DATE,
    published_on     DATE,
    call_in_closes_on DATE,
    effective_from   DATE,
    decision_due     DATE,
    earliest_decision_date DATE,
    document         JSONB        NOT NULL,
    version          BIGINT       NOT NULL,
    last_event_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX decision_view_authority ON decision_view (authority_id, status);
CREATE INDEX decision_view_dates ON decision_view (decided_on, proposed_on);
