-- Issue 13 point 2: within a gemeente's wijkteam, a professional whose token names a team reads the gezinnen of that
-- team's zaken. teams: the teams that accepted a zaak of the gezin (overdracht-geaccepteerd.v1's team); empty when
-- the involvement has no team (Veilig Thuis, a tafel, an acceptance without a team): then the whole organisation.
ALTER TABLE ketenbetrokkenheid ADD COLUMN teams TEXT[] NOT NULL DEFAULT '{}';

-- what was accepted before this version: the teams of all the gezin's acceptances by that organisation, from the
-- handovers' facts on the timeline; one acceptance without a team leaves it the whole organisation's
UPDATE ketenbetrokkenheid k SET teams = a.teams
FROM (SELECT g.gezin_id, lower(g.actor ->> 'organisatie') AS organisatie,
             array_agg(DISTINCT g.feiten ->> 'team') AS teams
      FROM tijdlijn_gebeurtenis g
      WHERE g.ce_type = 'nl.veilig-thuis.keten.wijkteam.overdracht-geaccepteerd.v1'
      GROUP BY g.gezin_id, lower(g.actor ->> 'organisatie')
      HAVING bool_and(coalesce(g.feiten ->> 'team', '') <> '')) a
WHERE k.grond = 'OVERDRACHT' AND k.gezin_id = a.gezin_id AND lower(k.organisatie) = a.organisatie;

CREATE OR REPLACE VIEW betrokkenheid AS
SELECT betrokkenheid_id, gezin_id, persoon_id, organisatie, rol, 'REGISTRATIE' AS grond, reden, sinds, beeindigd_op,
       '{}'::text[] AS teams
FROM betrokkenheid_registratie
UNION ALL
SELECT NULL, gezin_id, NULL, organisatie, rol, grond, NULL, sinds, beeindigd_op, teams
FROM ketenbetrokkenheid;
