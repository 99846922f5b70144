-- R14: the agreed goals are the rapportage's doelenVanOndersteuning, numbered 1..N; 0 = the handover did not say
ALTER TABLE monitoring_overzicht ADD COLUMN aantal_afgesproken_doelen INTEGER NOT NULL DEFAULT 0;

-- the numbers of the goals a contact discussed; contacts from before the numbering have free text instead
ALTER TABLE monitoring_contact ADD COLUMN besproken_doelen      INTEGER[] NOT NULL DEFAULT '{}';
ALTER TABLE monitoring_contact ADD COLUMN alle_doelen_besproken BOOLEAN;

-- per agreed goal when it was last discussed; a row per goal from the start, or per number discussed when unknown
CREATE TABLE monitoring_doel (
    monitoring_id       VARCHAR(36)              NOT NULL REFERENCES monitoring_overzicht (monitoring_id),
    nummer              INTEGER                  NOT NULL,
    laatst_besproken_op TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (monitoring_id, nummer)
);
