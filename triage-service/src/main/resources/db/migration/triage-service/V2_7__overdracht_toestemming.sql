-- R17 (issue 13 point 7): a handover shares the family's information with the wijkteam, with their consent or, without
-- it, for a recorded safety reason. NULL toestemming: not recorded (a handover through a v1 client that did not say).
ALTER TABLE overdracht ADD COLUMN toestemming              VARCHAR(40);
ALTER TABLE overdracht ADD COLUMN reden_zonder_toestemming TEXT;
