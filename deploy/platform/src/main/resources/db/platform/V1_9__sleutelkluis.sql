-- R21 (issue 13 point 6): one key per holder (a gezin) and version, wrapped with the service's master key. Destroying
-- a key sets sleutel to NULL: every value it encrypted in the event store is then unreadable (crypto-shredding).
-- laatst_gebruikt_op: the last time data was added for the holder, from which the retention period runs.
CREATE TABLE sleutelkluis (
    houder             VARCHAR(255) NOT NULL,
    versie             INTEGER      NOT NULL,
    sleutel            BYTEA,
    aangemaakt_op      TIMESTAMPTZ  NOT NULL,
    laatst_gebruikt_op TIMESTAMPTZ  NOT NULL,
    vernietigd_op      TIMESTAMPTZ,
    grond              VARCHAR(40),
    PRIMARY KEY (houder, versie),
    CHECK ((sleutel IS NULL) = (vernietigd_op IS NOT NULL))
);
CREATE INDEX sleutelkluis_gebruik_idx ON sleutelkluis (laatst_gebruikt_op) WHERE vernietigd_op IS NULL;

-- The events stored before encryption existed are rewritten once, encrypted (Herversleuteling): those up to grens,
-- the last event of this migration's moment. tot: how far the rewrite came; klaar_op: when it finished.
CREATE TABLE herversleuteling (
    id       INTEGER     NOT NULL PRIMARY KEY CHECK (id = 1),
    grens    BIGINT      NOT NULL,
    tot      BIGINT      NOT NULL,
    klaar_op TIMESTAMPTZ
);
INSERT INTO herversleuteling (id, grens, tot)
SELECT 1, coalesce(max(global_index), -1), -1 FROM domain_event_entry;
