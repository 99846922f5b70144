-- Issue 14 point 10 (003 §5; R10, R2): the moves of a zaak to another wijkteam (processing group zaakdossier). The
-- texts, the casusregisseur at the announcement and the medewerkers are encrypted with the gezin's key and stay here.
CREATE TABLE zaak_verhuizing (
    zaak_id                  VARCHAR(36)              NOT NULL,
    verhuizing_id            VARCHAR(36)              NOT NULL,
    gezin_id                 VARCHAR(36)              NOT NULL,
    van_gemeente             VARCHAR(100)             NOT NULL,
    van_team                 VARCHAR(100),
    naar_gemeente            VARCHAR(100)             NOT NULL,
    naar_team                VARCHAR(100),
    verhuisd_op              DATE                     NOT NULL,
    toestemming              VARCHAR(30)              NOT NULL,
    reden_zonder_toestemming TEXT,
    toelichting              TEXT,
    regisseur_naam           TEXT,
    regisseur_telefoon       TEXT,
    regisseur_organisatie    VARCHAR(200),
    aangemeld_door           TEXT                     NOT NULL,
    aangemeld_door_telefoon  TEXT,
    aangemeld_op             TIMESTAMP WITH TIME ZONE NOT NULL,
    status                   VARCHAR(30)              NOT NULL,
    overgenomen_door_team    VARCHAR(100),
    warme_overdracht_op      DATE,
    reden_weigering          VARCHAR(40),
    toelichting_weigering    TEXT,
    besloten_door            TEXT,
    besloten_op              TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (zaak_id, verhuizing_id)
);
CREATE UNIQUE INDEX zaak_verhuizing_id_idx ON zaak_verhuizing (verhuizing_id);
-- The receiving and the announcing gemeente read their waiting moves without regard to capitals
CREATE INDEX zaak_verhuizing_naar_idx ON zaak_verhuizing (lower(naar_gemeente), status);
CREATE INDEX zaak_verhuizing_van_idx ON zaak_verhuizing (lower(van_gemeente), status);
