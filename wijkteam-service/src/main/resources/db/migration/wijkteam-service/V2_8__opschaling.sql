CREATE TABLE zaak_opschaling (
    opschaling_id           VARCHAR(36)              NOT NULL PRIMARY KEY,
    zaak_id                 VARCHAR(36)              NOT NULL,
    tafel                   VARCHAR(30)              NOT NULL,
    reden                   VARCHAR(50)              NOT NULL,
    toelichting             TEXT                     NOT NULL,
    zichthouder_naam        VARCHAR(200)             NOT NULL,
    zichthouder_telefoon    VARCHAR(50)              NOT NULL,
    zichthouder_organisatie VARCHAR(200)             NOT NULL,
    opgeschaald_door        VARCHAR(200)             NOT NULL,
    opgeschaald_op          TIMESTAMP WITH TIME ZONE NOT NULL,
    besluit                 VARCHAR(40),
    besluit_toelichting     TEXT,
    besloten_op             TIMESTAMP WITH TIME ZONE
);
CREATE INDEX zaak_opschaling_zaak_idx ON zaak_opschaling (zaak_id);
