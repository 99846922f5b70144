-- R21 (issue 13 point 6): personal data in these read models is stored encrypted with the gezin's key
-- (Leesmodelversleuteling), which is longer than the plaintext was; the rapportage is its encrypted JSON text.
ALTER TABLE triage_overzicht ALTER COLUMN triagist_naam TYPE TEXT;
ALTER TABLE triage_overzicht ALTER COLUMN triagist_telefoon TYPE TEXT;
ALTER TABLE triage_overzicht ALTER COLUMN monitoringswijze TYPE TEXT;
ALTER TABLE onderzoek_overzicht ALTER COLUMN onderzoeker_naam TYPE TEXT;
ALTER TABLE onderzoek_overzicht ALTER COLUMN onderzoeker_telefoon TYPE TEXT;
ALTER TABLE onderzoek_overzicht ALTER COLUMN rapportage TYPE TEXT USING rapportage::text;
