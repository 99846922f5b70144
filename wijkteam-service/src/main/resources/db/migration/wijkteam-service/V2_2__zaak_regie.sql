ALTER TABLE zaak_overzicht ADD COLUMN overdracht_dataref    VARCHAR(2000);
ALTER TABLE zaak_overzicht ADD COLUMN regisseur_naam        VARCHAR(200);
ALTER TABLE zaak_overzicht ADD COLUMN regisseur_telefoon    VARCHAR(50);
ALTER TABLE zaak_overzicht ADD COLUMN regisseur_organisatie VARCHAR(200);
ALTER TABLE zaak_overzicht ADD COLUMN regisseur_sinds       TIMESTAMP WITH TIME ZONE;

CREATE TABLE zaak_regie (
    zaak_id     VARCHAR(36)              NOT NULL,
    volgnummer  BIGINT                   NOT NULL,
    naam        VARCHAR(200)             NOT NULL,
    telefoon    VARCHAR(50),
    organisatie VARCHAR(200)             NOT NULL,
    reden       TEXT,
    van         TIMESTAMP WITH TIME ZONE NOT NULL,
    tot         TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (zaak_id, volgnummer)
);
