-- The decision lifecycle's read models: timelines, the call-in register, and the dates the
-- forward plan and the calendar feed need.

CREATE TABLE decision_timeline (
    decision_id   VARCHAR(100) NOT NULL,
    sequence      BIGINT       NOT NULL,
    business_date DATE,
    kind          VARCHAR(40)  NOT NULL,
    summary       TEXT         NOT NULL,
    actor         VARCHAR(200),
    recorded_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (decision_id, sequence)
);

CREATE TABLE call_in_register (
    call_in_id       VARCHAR(100) NOT NULL PRIMARY KEY,
    decision_id      VARCHAR(100) NOT NULL,
    authority_id     VARCHAR(63)  NOT NULL,
    decision_title   VARCHAR(500) NOT NULL,
    raised_on        DATE,
    window_closes_on DATE,
    status           VARCHAR(20)  NOT NULL,
    outcome          VARCHAR(40),
    outcome_on       DATE,
    document         JSONB        NOT NULL
);
CREATE INDEX call_in_register_authority ON call_in_register (authority_id, status);
CREATE INDEX call_in_register_decision ON call_in_register (decision_id);
