-- R12: the versions of the ondersteuningsplan per zaak; status is the teamleider's review of that version.
CREATE TABLE ondersteuningsplan (
    zaak_id             VARCHAR(36)              NOT NULL,
    versie              INTEGER                  NOT NULL,
    perspectief         TEXT                     NOT NULL,
    opgesteld_met       VARCHAR(30)              NOT NULL,
    medewerker_naam     VARCHAR(200)             NOT NULL,
    medewerker_telefoon VARCHAR(50),
    opgesteld_op        TIMESTAMP WITH TIME ZONE NOT NULL,
    status              VARCHAR(30)              NOT NULL,
    PRIMARY KEY (zaak_id, versie)
);

CREATE TABLE ondersteuningsplan_doel (
    zaak_id          VARCHAR(36) NOT NULL,
    versie           INTEGER     NOT NULL,
    prioriteit       INTEGER     NOT NULL,
    omschrijving     TEXT        NOT NULL,
    beoogd_resultaat TEXT        NOT NULL,
    PRIMARY KEY (zaak_id, versie, prioriteit)
);

CREATE TABLE ondersteuningsplan_actie (
    zaak_id         VARCHAR(36)  NOT NULL,
    versie          INTEGER      NOT NULL,
    volgnummer      INTEGER      NOT NULL,
    partij          VARCHAR(30)  NOT NULL,
    partij_naam     VARCHAR(200),
    omschrijving    TEXT         NOT NULL,
    doel_prioriteit INTEGER      NOT NULL,
    PRIMARY KEY (zaak_id, versie, volgnummer)
);

CREATE TABLE ondersteuningsplan_beoordeling (
    zaak_id         VARCHAR(36)              NOT NULL,
    versie          INTEGER                  NOT NULL,
    besluit         VARCHAR(30)              NOT NULL,
    opmerkingen     TEXT,
    teamleider_naam VARCHAR(200)             NOT NULL,
    beoordeeld_op   TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (zaak_id, versie)
);

-- volgnummer is the sequence number of the event in the zaak, so a redelivered evaluation is stored once.
CREATE TABLE ondersteuningsplan_evaluatie (
    zaak_id         VARCHAR(36)              NOT NULL,
    volgnummer      BIGINT                   NOT NULL,
    versie          INTEGER                  NOT NULL,
    samen_met_gezin BOOLEAN                  NOT NULL,
    bijstelling     TEXT,
    medewerker_naam VARCHAR(200)             NOT NULL,
    geevalueerd_op  TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (zaak_id, volgnummer)
);

CREATE TABLE ondersteuningsplan_evaluatie_doel (
    zaak_id     VARCHAR(36) NOT NULL,
    volgnummer  BIGINT      NOT NULL,
    prioriteit  INTEGER     NOT NULL,
    stand       VARCHAR(30) NOT NULL,
    toelichting TEXT,
    PRIMARY KEY (zaak_id, volgnummer, prioriteit)
);

-- R12: the procesbespreking six weeks after the start of help.
CREATE TABLE procesbespreking (
    zaak_id         VARCHAR(36)              NOT NULL PRIMARY KEY,
    uiterlijk_op    TIMESTAMP WITH TIME ZONE NOT NULL,
    verstreken_op   TIMESTAMP WITH TIME ZONE,
    gehouden_op     TIMESTAMP WITH TIME ZONE,
    op_tijd         BOOLEAN,
    uitkomst        TEXT,
    medewerker_naam VARCHAR(200)
);
