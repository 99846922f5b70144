-- Issue 14 point 6 (001 §3.3): the contact log of a zaak (processing group zaakdossier). met, bevinding and the
-- medewerker are personal data or free text: encrypted with the gezin's key, and they stay in this service.
CREATE TABLE zaak_contact (
    contact_id          VARCHAR(36)              NOT NULL PRIMARY KEY,
    zaak_id             VARCHAR(36)              NOT NULL,
    soort               VARCHAR(20)              NOT NULL,
    op                  DATE                     NOT NULL,
    met                 TEXT,
    beeld               VARCHAR(30)              NOT NULL,
    bevinding           TEXT                     NOT NULL,
    telt_als_contact    BOOLEAN                  NOT NULL,
    medewerker_naam     TEXT,
    medewerker_telefoon TEXT,
    vastgelegd_op       TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX zaak_contact_zaak_idx ON zaak_contact (zaak_id, op);

-- The gezinsleden (lidIds of the intake) the team saw or spoke with at a contact.
CREATE TABLE zaak_contact_gezien (
    contact_id VARCHAR(36) NOT NULL,
    lid_id     VARCHAR(36) NOT NULL,
    PRIMARY KEY (contact_id, lid_id)
);

-- The contact frequency the team agreed last; none: the default (keten.contact.standaardfrequentie).
CREATE TABLE zaak_contactfrequentie (
    zaak_id             VARCHAR(36)              NOT NULL PRIMARY KEY,
    dagen               INTEGER                  NOT NULL,
    reden               TEXT,
    medewerker_naam     TEXT,
    medewerker_telefoon TEXT,
    afgesproken_op      TIMESTAMP WITH TIME ZONE NOT NULL
);

-- For the derived signal CONTACT_ACHTERSTALLIG: the day of the latest contact that counts, the agreed frequency.
-- Zaken from before have no contacts logged; their term runs from their acceptance.
ALTER TABLE zaak_overzicht ADD COLUMN laatste_contact_op DATE;
ALTER TABLE zaak_overzicht ADD COLUMN contactfrequentie_dagen INTEGER;
