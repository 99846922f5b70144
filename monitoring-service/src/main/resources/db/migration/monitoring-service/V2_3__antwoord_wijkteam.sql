-- R14: the wijkteam's answer per contact, as counts of goals per stand code; the goals stay in wijkteam-service
ALTER TABLE monitoring_contact ADD COLUMN wijkteam_beantwoord_op TIMESTAMP WITH TIME ZONE;
ALTER TABLE monitoring_contact ADD COLUMN wijkteam_standen       JSONB;
