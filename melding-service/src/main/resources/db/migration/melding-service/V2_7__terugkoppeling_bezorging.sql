-- Issue 14 point 5 (R6): a new triage decision after a return (R9) gets a letter of its own. The aanleiding names the
-- decision a letter answers; letters made before answered the first decision of their moment.
ALTER TABLE terugkoppeling ADD COLUMN aanleiding VARCHAR(100);
UPDATE terugkoppeling SET aanleiding = CASE moment WHEN 'NA_TRIAGE' THEN 'triage-ronde-1' ELSE 'onderzoek' END;
ALTER TABLE terugkoppeling ALTER COLUMN aanleiding SET NOT NULL;
ALTER TABLE terugkoppeling DROP CONSTRAINT terugkoppeling_pkey;
ALTER TABLE terugkoppeling ADD PRIMARY KEY (melding_id, moment, aanleiding);

-- Issue 14 point 5 (R6): every letter made ready is dispatched. One row per TerugkoppelingVerstuurd event (its id), written
-- by the processing group terugkoppeling-uitgang in the transaction of its token: the event store is the outbox. The
-- row holds the fixed letter, no address: the melder's contact is read from the melding's own events at sending time.
CREATE TABLE terugkoppeling_bezorging (
    bezorging_id       VARCHAR(100)             NOT NULL PRIMARY KEY,
    melding_id         VARCHAR(36)              NOT NULL,
    moment             VARCHAR(20)              NOT NULL,
    aanleiding         VARCHAR(100)             NOT NULL,
    tekst              TEXT                     NOT NULL,
    status             VARCHAR(20)              NOT NULL,
    pogingen           INTEGER                  NOT NULL DEFAULT 0,
    volgende_poging_op TIMESTAMP WITH TIME ZONE NOT NULL,
    laatste_poging_op  TIMESTAMP WITH TIME ZONE,
    laatste_fout       VARCHAR(300),
    bezorgd_op         TIMESTAMP WITH TIME ZONE,
    aangemaakt_op      TIMESTAMP WITH TIME ZONE NOT NULL,
    -- a beheerder sent it (again): it is not held back for its age
    vrijgegeven        BOOLEAN                  NOT NULL DEFAULT false
);
CREATE INDEX terugkoppeling_bezorging_te_doen ON terugkoppeling_bezorging (volgende_poging_op) WHERE status = 'WACHTEND';
CREATE INDEX terugkoppeling_bezorging_melding ON terugkoppeling_bezorging (melding_id);
CREATE INDEX terugkoppeling_bezorging_status ON terugkoppeling_bezorging (status);

-- The letters made before dispatch existed were never sent: the new processing group starts at the beginning of the
-- event store (a token row without a token), not at its head as Axon starts a new pooled processor, so it queues them
-- too; the dispatch holds those older than its limit (AANGEHOUDEN) for a beheerder to decide. Queuing is idempotent
-- (keyed on the event id), so nothing is queued twice. Four segments, as keten.axon.segmenten's default.
INSERT INTO token_entry (processor_name, segment, token, token_type, timestamp, owner)
SELECT 'terugkoppeling-uitgang', segment, NULL, NULL, to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
       NULL
FROM generate_series(0, 3) AS segment;
