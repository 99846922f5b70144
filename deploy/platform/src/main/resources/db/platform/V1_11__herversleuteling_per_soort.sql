-- R21 (issue 13 point 6): a value that becomes a @Persoonsgegeven later is in plaintext in the events of that type
-- stored before. A service's own migration adds a row per such type (payload_type, with grens at that moment); the
-- rewrite takes the rows in order of id. The row of V1_9 (payload_type NULL) covers every type.
ALTER TABLE herversleuteling DROP CONSTRAINT herversleuteling_id_check;
ALTER TABLE herversleuteling ADD COLUMN payload_type VARCHAR(255);
