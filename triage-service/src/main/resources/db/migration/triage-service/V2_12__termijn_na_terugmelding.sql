-- Issue 14 point 2: a returned triage gets a fresh R1 term from the return. Triages returned before this version and
-- still awaiting their new decision have no deadline for it: they are listed here, and TermijnenNaTerugmelding plans
-- one for each at the next start (and removes the row). Their overview shows the first term until the read models
-- are rebuilt, which the flag below asks for once (Herversleuteling.herbouwLeesmodellenEenmaal).
CREATE TABLE termijn_na_terugmelding (
    melding_id VARCHAR(255) NOT NULL PRIMARY KEY
);
INSERT INTO termijn_na_terugmelding (melding_id)
SELECT melding_id FROM triage_overzicht WHERE status IN ('TERUGGEMELD', 'IN_TRIAGE') AND aantal_terugmeldingen > 0;
UPDATE herversleuteling SET leesmodellen_herbouwen = TRUE
WHERE id = 1 AND EXISTS (SELECT 1 FROM termijn_na_terugmelding);
