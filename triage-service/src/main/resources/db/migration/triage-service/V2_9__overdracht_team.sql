-- Issue 13 point 2: the team of the wijkteam that accepted the handover; its package is then that team's (and the
-- whole gemeente's, for a token without a team). NULL until accepted, or when the wijkteam did not say.
ALTER TABLE overdracht ADD COLUMN team VARCHAR(100);
