-- A rebuild of a projection asked of any node, carried out across every node on the store (ADR 25).
-- Every node polls for PENDING requests and stops its processor of that projection while one is
-- pending; the node that took the request resets the tokens once no other node holds a claim, in
-- the same transaction that marks the request RESET. A request still pending at expires_at (the
-- store's clock) is marked EXPIRED by whichever node sees it first, and every node starts its
-- processor again. At most one request per projection is pending at a time.

CREATE TABLE projection_rebuild (
    id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    projection   TEXT        NOT NULL,
    node         TEXT        NOT NULL,
    state        TEXT        NOT NULL CHECK (state IN ('PENDING', 'RESET', 'EXPIRED', 'FAILED')),
    target       BIGINT      NOT NULL,
    requested_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    expires_at   TIMESTAMPTZ NOT NULL,
    finished_at  TIMESTAMPTZ,
    code         TEXT,
    message      TEXT
);

CREATE UNIQUE INDEX projection_rebuild_one_pending ON projection_rebuild (projection) WHERE state = 'PENDING';
CREATE INDEX projection_rebuild_latest ON projection_rebuild (projection, id DESC);
