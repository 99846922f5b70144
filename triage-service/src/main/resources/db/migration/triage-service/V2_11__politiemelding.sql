-- Issue 14 point 12 (002 §3.2): whether a police melding is a zorgmelding or a mutatie huiselijk geweld, so that the
-- waiting-list figures can be read with and without mutaties. NULL: not a police melding, or not said.
ALTER TABLE wachtlijst_zaak ADD COLUMN politiemelding VARCHAR(30);
