-- R21: corrections and own statements added to a gezin's file, never overwriting what was recorded. tekst is personal
-- data, encrypted with the gezin's key (Leesmodelversleuteling); organisatie and rol: who added it, from the token.
CREATE TABLE dossier_aanvulling (
    aanvulling_id   VARCHAR(36)              NOT NULL PRIMARY KEY,
    gezin_id        VARCHAR(255)             NOT NULL,
    soort           VARCHAR(20)              NOT NULL,
    persoon_id      VARCHAR(36),
    betreft_object  VARCHAR(300),
    betreft_gegeven VARCHAR(100),
    tekst           TEXT                     NOT NULL,
    toegevoegd_op   TIMESTAMP WITH TIME ZONE NOT NULL,
    organisatie     VARCHAR(200),
    rol             VARCHAR(100)
);
CREATE INDEX dossier_aanvulling_gezin_idx ON dossier_aanvulling (gezin_id, toegevoegd_op);
