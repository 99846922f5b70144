CREATE TABLE triage_overzicht (
    melding_id            VARCHAR(36)              NOT NULL PRIMARY KEY,
    gezin_id              VARCHAR(36)              NOT NULL,
    gemeente              VARCHAR(100)             NOT NULL,
    status                VARCHAR(20)              NOT NULL,
    acuut_onveilig        BOOLEAN                  NOT NULL,
    ontvangen_op          TIMESTAMP WITH TIME ZONE NOT NULL,
    uiterlijk_afgerond_op DATE                     NOT NULL,
    termijn_overschreden  BOOLEAN                  NOT NULL DEFAULT FALSE,
    uitkomst              VARCHAR(30),
    triagist_naam         VARCHAR(200),
    triagist_telefoon     VARCHAR(50),
    ernst                 VARCHAR(50),
    onderbouwing          TEXT,
    advies                TEXT,
    afgerond_op           TIMESTAMP WITH TIME ZONE,
    binnen_termijn        BOOLEAN,
    onderzoek_id          VARCHAR(36)
);
CREATE INDEX triage_overzicht_gezin_idx ON triage_overzicht (gezin_id);

CREATE TABLE onderzoek_overzicht (
    onderzoek_id          VARCHAR(36)              NOT NULL PRIMARY KEY,
    melding_id            VARCHAR(36)              NOT NULL,
    gezin_id              VARCHAR(36)              NOT NULL,
    status                VARCHAR(20)              NOT NULL,
    gestart_op            TIMESTAMP WITH TIME ZONE NOT NULL,
    uiterlijk_afgerond_op DATE                     NOT NULL,
    termijn_overschreden  BOOLEAN                  NOT NULL DEFAULT FALSE,
    rapportage            JSONB,
    afgerond_op           TIMESTAMP WITH TIME ZONE,
    overdrachtsgesprek_op TIMESTAMP WITH TIME ZONE,
    overdracht_id         VARCHAR(36)
);

CREATE TABLE overdracht (
    overdracht_id VARCHAR(36)              NOT NULL PRIMARY KEY,
    melding_id    VARCHAR(36)              NOT NULL,
    gezin_id      VARCHAR(36)              NOT NULL,
    route         VARCHAR(20)              NOT NULL,
    gemeente      VARCHAR(100)             NOT NULL,
    onderzoek_id  VARCHAR(36),
    gedaan_op     TIMESTAMP WITH TIME ZONE NOT NULL
);
