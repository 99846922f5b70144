-- Issue 14 point 7 (001 §6.2: nazorg (monitoring) after closing): who watches a closed zaak and until when, the
-- checks recorded, and when the term passed without one (processing group zaakdossier). Zaken closed before this
-- version agreed no nazorg: their columns stay empty.
ALTER TABLE zaak_overzicht ADD COLUMN nazorg_door VARCHAR(30);
ALTER TABLE zaak_overzicht ADD COLUMN nazorg_organisatie VARCHAR(200);
ALTER TABLE zaak_overzicht ADD COLUMN nazorg_tot DATE;
ALTER TABLE zaak_overzicht ADD COLUMN laatste_nazorgcontrole_op DATE;
ALTER TABLE zaak_overzicht ADD COLUMN nazorg_verlopen_op TIMESTAMP WITH TIME ZONE;

-- The bevinding and the medewerker are free text or personal data: encrypted with the gezin's key.
CREATE TABLE zaak_nazorgcontrole (
    zaak_id             VARCHAR(36)              NOT NULL,
    volgnummer          BIGINT                   NOT NULL,
    op                  DATE                     NOT NULL,
    beeld               VARCHAR(30)              NOT NULL,
    bevinding           TEXT                     NOT NULL,
    binnen_termijn      BOOLEAN                  NOT NULL,
    medewerker_naam     TEXT,
    medewerker_telefoon TEXT,
    vastgelegd_op       TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (zaak_id, volgnummer)
);

-- The worklists and the steering figures read a gemeente without regard to capitals (issue 14 point 14)
CREATE INDEX zaak_overzicht_gemeente_lower_idx ON zaak_overzicht (lower(gemeente), status);

-- The nazorg a closing proposes, for the teamleider's review (null: none proposed, the default is set at approval)
ALTER TABLE zaak_afsluitvoorstel ADD COLUMN nazorg_door VARCHAR(30);
ALTER TABLE zaak_afsluitvoorstel ADD COLUMN nazorg_organisatie VARCHAR(200);
ALTER TABLE zaak_afsluitvoorstel ADD COLUMN nazorg_tot DATE;
