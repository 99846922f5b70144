CREATE TABLE zaak_overzicht (
    zaak_id         VARCHAR(36)              NOT NULL PRIMARY KEY,
    gezin_id        VARCHAR(36)              NOT NULL,
    overdracht_id   VARCHAR(36)              NOT NULL,
    melding_id      VARCHAR(36)              NOT NULL,
    route           VARCHAR(20)              NOT NULL,
    gemeente        VARCHAR(100)             NOT NULL,
    status          VARCHAR(30)              NOT NULL,
    geopend_op      TIMESTAMP WITH TIME ZONE NOT NULL,
    geaccepteerd_op TIMESTAMP WITH TIME ZONE
);
CREATE INDEX zaak_overzicht_gezin_idx ON zaak_overzicht (gezin_id);
