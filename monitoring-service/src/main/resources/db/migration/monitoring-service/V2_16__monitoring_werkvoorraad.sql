-- Issue 14 point 8 (R14): the regio's worklist of lapsed monitoring reads only what is still open, by index.
CREATE INDEX monitoring_overzicht_verlopen_idx ON monitoring_overzicht (verlopen_op)
    WHERE status = 'VERLOPEN' AND eerste_contact_op IS NULL;
CREATE INDEX monitoring_contact_onbeantwoord_idx ON monitoring_contact (contact_op) WHERE wijkteam_beantwoord_op IS NULL;
CREATE INDEX ketenbetrokkenheid_organisatie_gezin_idx ON ketenbetrokkenheid (lower(organisatie), gezin_id);
