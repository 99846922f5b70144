-- R11: the intake of a zaak, written by IntakeProjection. Personal data (aanduiding, free text, medewerker) stays in
-- these tables and never goes on a topic.
CREATE TABLE intake_zaak (
    zaak_id        VARCHAR(36) NOT NULL PRIMARY KEY,
    in_behandeling BOOLEAN     NOT NULL
);

CREATE TABLE intake_gezinslid (
    zaak_id          VARCHAR(36)              NOT NULL,
    lid_id           VARCHAR(36)              NOT NULL,
    rol              VARCHAR(20)              NOT NULL,
    persoon_id       VARCHAR(36),
    aanduiding       VARCHAR(100),
    geregistreerd_op TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (zaak_id, lid_id)
);

-- Every record is kept, keyed by the event's sequence number in the zaak; the latest per lid counts.
CREATE TABLE intake_gesprek (
    zaak_id              VARCHAR(36)              NOT NULL,
    volgnummer           BIGINT                   NOT NULL,
    lid_id               VARCHAR(36)              NOT NULL,
    gesproken            BOOLEAN                  NOT NULL,
    gevoerd_op           DATE,
    reden_niet_gesproken VARCHAR(40),
    toelichting          TEXT,
    medewerker_naam      VARCHAR(200),
    medewerker_telefoon  VARCHAR(50),
    vastgelegd_op        TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (zaak_id, volgnummer)
);

CREATE TABLE intake_veiligheidsinschatting (
    zaak_id             VARCHAR(36)              NOT NULL,
    volgnummer          BIGINT                   NOT NULL,
    lid_id              VARCHAR(36)              NOT NULL,
    instrument          VARCHAR(30)              NOT NULL,
    oordeel             VARCHAR(20)              NOT NULL,
    onderbouwing        TEXT                     NOT NULL,
    medewerker_naam     VARCHAR(200),
    medewerker_telefoon VARCHAR(50),
    vastgelegd_op       TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (zaak_id, volgnummer)
);

-- The latest ZRM per lid and moment; scores as JSON {"FINANCIEN": 3, ...}.
CREATE TABLE intake_zrm (
    zaak_id             VARCHAR(36)              NOT NULL,
    lid_id              VARCHAR(36)              NOT NULL,
    moment              VARCHAR(10)              NOT NULL,
    volgnummer          BIGINT                   NOT NULL,
    scores              TEXT                     NOT NULL,
    peildatum           DATE,
    medewerker_naam     VARCHAR(200),
    medewerker_telefoon VARCHAR(50),
    vastgelegd_op       TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (zaak_id, lid_id, moment)
);

-- The latest analysis per zaak; bevindingen as JSON {"VEILIGHEID": "...", ...}.
CREATE TABLE intake_leefgebiedenanalyse (
    zaak_id             VARCHAR(36)              NOT NULL PRIMARY KEY,
    volgnummer          BIGINT                   NOT NULL,
    bevindingen         TEXT                     NOT NULL,
    medewerker_naam     VARCHAR(200),
    medewerker_telefoon VARCHAR(50),
    vastgelegd_op       TIMESTAMP WITH TIME ZONE NOT NULL
);
