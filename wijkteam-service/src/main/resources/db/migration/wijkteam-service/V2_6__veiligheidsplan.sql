-- R13: every versie of a zaak's veiligheidsplan; the lists (afspraken, startsituatie) as JSON, read only as a whole.
CREATE TABLE veiligheidsplan_versie (
    zaak_id              VARCHAR(36)              NOT NULL,
    versie               INTEGER                  NOT NULL,
    status               VARCHAR(20)              NOT NULL,
    ernst                VARCHAR(20)              NOT NULL,
    afspraken            TEXT                     NOT NULL,
    maatregelen          TEXT                     NOT NULL,
    startsituatie        TEXT                     NOT NULL,
    opgesteld_op         TIMESTAMP WITH TIME ZONE NOT NULL,
    eindigt_op           TIMESTAMP WITH TIME ZONE NOT NULL,
    volgende_evaluatie_op TIMESTAMP WITH TIME ZONE,
    medewerker_naam      VARCHAR(200)             NOT NULL,
    medewerker_telefoon  VARCHAR(50),
    beoordeling          VARCHAR(20)              NOT NULL,
    opmerkingen          TEXT,
    beoordeeld_op        TIMESTAMP WITH TIME ZONE,
    teamleider_naam      VARCHAR(200),
    verlopen_op          TIMESTAMP WITH TIME ZONE,
    beeindigd_op         TIMESTAMP WITH TIME ZONE,
    reden_beeindiging    VARCHAR(40),
    toelichting_beeindiging TEXT,
    PRIMARY KEY (zaak_id, versie)
);

-- Keyed by the event's sequence number in the zaak, so a redelivered evaluation is stored once.
CREATE TABLE veiligheidsplan_evaluatie (
    zaak_id               VARCHAR(36)              NOT NULL,
    volgnummer            BIGINT                   NOT NULL,
    versie                INTEGER                  NOT NULL,
    vergelijking          TEXT                     NOT NULL,
    afspraken_nagekomen   BOOLEAN                  NOT NULL,
    maatregelen           TEXT,
    geevalueerd_op        TIMESTAMP WITH TIME ZONE NOT NULL,
    volgende_evaluatie_op TIMESTAMP WITH TIME ZONE NOT NULL,
    op_tijd               BOOLEAN                  NOT NULL,
    medewerker_naam       VARCHAR(200)             NOT NULL,
    PRIMARY KEY (zaak_id, volgnummer)
);

CREATE TABLE veiligheidsplan_gemiste_evaluatie (
    zaak_id        VARCHAR(36)              NOT NULL,
    versie         INTEGER                  NOT NULL,
    gepland_op     TIMESTAMP WITH TIME ZONE NOT NULL,
    vastgesteld_op TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (zaak_id, versie, gepland_op)
);
