-- Issue 13 point 2: a registration by a team's professional (R18) is that team's: it opens the gezin's timeline and
-- toestand to that team, not to every team of the organisation. Registrations without a team: the organisation's.
ALTER TABLE betrokkenheid_registratie ADD COLUMN team VARCHAR(200);

CREATE OR REPLACE VIEW betrokkenheid AS
SELECT betrokkenheid_id, gezin_id, persoon_id, organisatie, rol, 'REGISTRATIE' AS grond, reden, sinds, beeindigd_op,
       CASE WHEN team IS NULL THEN '{}'::text[] ELSE ARRAY[team]::text[] END AS teams
FROM betrokkenheid_registratie
UNION ALL
SELECT NULL, gezin_id, NULL, organisatie, rol, grond, NULL, sinds, beeindigd_op, teams
FROM ketenbetrokkenheid;
