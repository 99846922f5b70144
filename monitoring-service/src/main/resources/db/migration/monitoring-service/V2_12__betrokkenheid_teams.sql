-- Issue 13 point 2: within a gemeente's wijkteam, a professional whose token names a team reads the gezinnen of that
-- team's zaken. teams: the teams that accepted a zaak of the gezin (overdracht-geaccepteerd.v1's team); empty when
-- the involvement has no team (Veilig Thuis, a tafel, an acceptance without a team): then the whole organisation.
ALTER TABLE ketenbetrokkenheid ADD COLUMN teams TEXT[] NOT NULL DEFAULT '{}';

-- what was accepted before this version: its team from the handover's facts on the timeline
UPDATE ketenbetrokkenheid k SET teams = ARRAY[g.feiten ->> 'team']
FROM tijdlijn_gebeurtenis g
WHERE k.grond = 'OVERDRACHT' AND k.zaak_id IS NOT NULL
  AND g.ce_type = 'nl.veilig-thuis.keten.wijkteam.overdracht-geaccepteerd.v1'
  AND g.feiten ->> 'zaakId' = k.zaak_id AND coalesce(g.feiten ->> 'team', '') <> '';

CREATE OR REPLACE VIEW betrokkenheid AS
SELECT betrokkenheid_id, gezin_id, persoon_id, organisatie, rol, 'REGISTRATIE' AS grond, reden, sinds, beeindigd_op,
       '{}'::text[] AS teams
FROM betrokkenheid_registratie
UNION ALL
SELECT NULL, gezin_id, NULL, organisatie, rol, grond, NULL, sinds, beeindigd_op, teams
FROM ketenbetrokkenheid;
