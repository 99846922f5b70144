CREATE TABLE melding_overzicht (
    melding_id        VARCHAR(36)              NOT NULL PRIMARY KEY,
    gezin_id          VARCHAR(36)              NOT NULL,
    melder_type       VARCHAR(20)              NOT NULL,
    gemeente          VARCHAR(100)             NOT NULL,
    geweldsvormen     TEXT[]                   NOT NULL,
    kinderen_aanwezig BOOLEAN                  NOT NULL,
    acuut_onveilig    BOOLEAN                  NOT NULL,
    aantal_kinderen   INTEGER                  NOT NULL,
    ontvangen_op      TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX melding_overzicht_gezin_idx ON melding_overzicht (gezin_id);
