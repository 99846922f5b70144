-- Issue 14 point 11 (001 Bijlage 1): the consultations of Veilig Thuis and the wijkteam about a zaak and the tasks
-- agreed (processing group zaakdossier). The conclusie, the tasks' words and the medewerker are encrypted with the
-- gezin's key.
CREATE TABLE zaak_overleg (
    overleg_id          VARCHAR(36)              NOT NULL PRIMARY KEY,
    zaak_id             VARCHAR(36)              NOT NULL,
    soort               VARCHAR(30)              NOT NULL,
    op                  DATE                     NOT NULL,
    deelnemers          VARCHAR(200)             NOT NULL,
    conclusie           TEXT                     NOT NULL,
    medewerker_naam     TEXT,
    medewerker_telefoon TEXT,
    vastgelegd_op       TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX zaak_overleg_zaak_idx ON zaak_overleg (zaak_id, op);

CREATE TABLE zaak_overleg_taak (
    overleg_id   VARCHAR(36) NOT NULL,
    volgnummer   INTEGER     NOT NULL,
    omschrijving TEXT        NOT NULL,
    door         VARCHAR(30) NOT NULL,
    uiterlijk    DATE,
    PRIMARY KEY (overleg_id, volgnummer)
);
