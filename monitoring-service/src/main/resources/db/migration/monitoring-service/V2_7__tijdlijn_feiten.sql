-- Issue 5 points 1, 2 and 6: the facts of each step (the event's payload without its actor: pseudonymous ids,
-- codes, counts and dates only, as on the topics) so an inspector can follow and check it. Covered by the row's
-- hash (canonical form v2, see Ketenhash); rows stored before keep NULL and hash form v1.
ALTER TABLE tijdlijn_gebeurtenis ADD COLUMN feiten JSONB;
ALTER TABLE tijdlijn_herbouw ADD COLUMN feiten JSONB;
