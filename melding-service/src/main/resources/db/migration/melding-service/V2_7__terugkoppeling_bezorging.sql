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

-- The letters made before dispatch existed were never sent: they are queued too, from the event store (their JSON
-- holds no personal data: codes and the fixed letter). Letters older than the dispatch's limit are then held
-- (AANGEHOUDEN) for a beheerder to decide, the rest go out. The new processing group starts right after them, so no
-- letter is queued twice or missed; on an empty event store Axon starts it itself.
INSERT INTO terugkoppeling_bezorging (bezorging_id, melding_id, moment, aanleiding, tekst, status, volgende_poging_op,
                                      aangemaakt_op)
SELECT e.event_identifier, b.brief ->> 'meldingId', b.brief ->> 'moment',
       COALESCE(b.brief ->> 'aanleiding', CASE b.brief ->> 'moment' WHEN 'NA_TRIAGE' THEN 'triage-ronde-1' ELSE 'onderzoek' END),
       b.brief ->> 'tekst', 'WACHTEND', e.time_stamp::timestamptz, e.time_stamp::timestamptz
FROM domain_event_entry e
CROSS JOIN LATERAL (SELECT convert_from(e.payload, 'UTF8')::jsonb AS brief) b
WHERE e.payload_type = 'nl.veiligthuis.keten.melding.melding.TerugkoppelingVerstuurd';

INSERT INTO token_entry (processor_name, segment, token, token_type, timestamp, owner)
SELECT 'terugkoppeling-uitgang', segment, convert_to('{"index":' || laatste.index || ',"gaps":[]}', 'UTF8'),
       'org.axonframework.eventhandling.GapAwareTrackingToken',
       to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'), NULL
FROM (SELECT max(global_index) AS index FROM domain_event_entry) laatste
CROSS JOIN generate_series(0, 3) AS segment
WHERE laatste.index IS NOT NULL;
