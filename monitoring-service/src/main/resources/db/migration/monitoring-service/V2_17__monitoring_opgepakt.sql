-- R14, issue 14 point 8: who took an item of the regio's monitoring worklist on, and since when (processing group
-- monitoring-overzicht). The name is encrypted with the gezin's key and stays in this service.
ALTER TABLE monitoring_overzicht ADD COLUMN opgepakt_door TEXT;
ALTER TABLE monitoring_overzicht ADD COLUMN opgepakt_op TIMESTAMP WITH TIME ZONE;
ALTER TABLE monitoring_contact ADD COLUMN opgepakt_door TEXT;
ALTER TABLE monitoring_contact ADD COLUMN opgepakt_op TIMESTAMP WITH TIME ZONE;
