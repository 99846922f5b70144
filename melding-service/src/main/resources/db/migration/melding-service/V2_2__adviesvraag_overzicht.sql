CREATE TABLE adviesvraag_overzicht (
    adviesvraag_id     VARCHAR(36)              NOT NULL PRIMARY KEY,
    vrager_type        VARCHAR(20)              NOT NULL,
    gemeente           VARCHAR(100)             NOT NULL,
    regio              VARCHAR(100),
    geweldsvormen      TEXT[]                   NOT NULL,
    kinderen_betrokken BOOLEAN                  NOT NULL,
    ontvangen_op       TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX adviesvraag_overzicht_regio_idx ON adviesvraag_overzicht (regio);
