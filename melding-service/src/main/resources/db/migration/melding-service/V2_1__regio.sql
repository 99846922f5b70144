ALTER TABLE melding_overzicht ADD COLUMN regio VARCHAR(100);
CREATE INDEX melding_overzicht_regio_idx ON melding_overzicht (regio);
