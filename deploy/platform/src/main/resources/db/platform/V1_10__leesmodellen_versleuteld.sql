-- R21 (issue 13 point 6): read models encrypt personal data from this version on. Those already filled hold it
-- readable: when this migration finds events, the service rebuilds its read models once (Herversleuteling).
ALTER TABLE herversleuteling ADD COLUMN leesmodellen_herbouwen BOOLEAN NOT NULL DEFAULT FALSE;
UPDATE herversleuteling SET leesmodellen_herbouwen = EXISTS (SELECT 1 FROM domain_event_entry);
