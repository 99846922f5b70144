ALTER TABLE zaak_overzicht ADD COLUMN afgesloten_op      TIMESTAMP WITH TIME ZONE;
ALTER TABLE zaak_overzicht ADD COLUMN uitkomst_afsluiting VARCHAR(30);

CREATE TABLE zaak_afsluitvoorstel (
    zaak_id          VARCHAR(36)              NOT NULL,
    volgnummer       BIGINT                   NOT NULL,
    uitkomst         VARCHAR(30)              NOT NULL,
    vervolg          TEXT,
    onderbouwing     TEXT                     NOT NULL,
    voorgesteld_door VARCHAR(200)             NOT NULL,
    voorgesteld_op   TIMESTAMP WITH TIME ZONE NOT NULL,
    besluit          VARCHAR(20),
    opmerkingen      TEXT,
    teamleider       VARCHAR(200),
    beoordeeld_op    TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (zaak_id, volgnummer)
);

CREATE TABLE zaak_informatiedeling (
    zaak_id                  VARCHAR(36)              NOT NULL,
    moment                   VARCHAR(10)              NOT NULL,
    partij                   VARCHAR(20)              NOT NULL,
    op                       TIMESTAMP WITH TIME ZONE NOT NULL,
    toestemming              BOOLEAN                  NOT NULL,
    reden_zonder_toestemming TEXT,
    geinformeerd             BOOLEAN                  NOT NULL,
    PRIMARY KEY (zaak_id, moment, partij, op)
);

-- R13/R16: an evaluation of the veiligheidsplan judges the children again; with the intake's assessments it gives
-- every child's current oordeel (ordered by the event's sequence number in the zaak).
CREATE TABLE intake_evaluatieoordeel (
    zaak_id    VARCHAR(36) NOT NULL,
    volgnummer BIGINT      NOT NULL,
    lid_id     VARCHAR(36) NOT NULL,
    oordeel    VARCHAR(20) NOT NULL,
    PRIMARY KEY (zaak_id, volgnummer, lid_id)
);
