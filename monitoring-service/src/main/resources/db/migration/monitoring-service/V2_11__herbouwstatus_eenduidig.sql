-- Issue 12 point 3: one status vocabulary for both herbouw mechanisms, the platform's (LOOPT, KLAAR, MISLUKT).
-- The REST v1 representation still says LOPEND (TijdlijnHerbouwstand).
UPDATE tijdlijn_herbouw_run SET status = 'LOOPT' WHERE status = 'LOPEND';
DROP INDEX tijdlijn_herbouw_run_lopend_idx;
CREATE UNIQUE INDEX tijdlijn_herbouw_run_loopt_idx ON tijdlijn_herbouw_run (status) WHERE status = 'LOOPT';
