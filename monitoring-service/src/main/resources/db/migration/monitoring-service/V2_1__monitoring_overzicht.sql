CREATE TABLE monitoring_overzicht (
    monitoring_id               VARCHAR(36)              NOT NULL PRIMARY KEY,
    overdracht_id               VARCHAR(255)             NOT NULL,
    gezin_id                    VARCHAR(255)             NOT NULL,
    status                      VARCHAR(20)              NOT NULL,
    overdracht_gedaan_op        TIMESTAMP WITH TIME ZONE NOT NULL,
    gestart_op                  TIMESTAMP WITH TIME ZONE NOT NULL,
    uiterlijk_eerste_contact_op TIMESTAMP WITH TIME ZONE NOT NULL,
    eerste_contact_op           TIMESTAMP WITH TIME ZONE,
    afgerond_op                 TIMESTAMP WITH TIME ZONE,
    verlopen_op                 TIMESTAMP WITH TIME ZONE
);
CREATE INDEX monitoring_overzicht_gezin_idx ON monitoring_overzicht (gezin_id);

-- The goals discussed are free text: they stay in this service and never travel on a topic (D4)
CREATE TABLE monitoring_contact (
    contact_id       VARCHAR(36)              NOT NULL PRIMARY KEY,
    monitoring_id    VARCHAR(36)              NOT NULL REFERENCES monitoring_overzicht (monitoring_id),
    contact_op       TIMESTAMP WITH TIME ZONE NOT NULL,
    doelen_besproken TEXT[]                   NOT NULL,
    tijdig           BOOLEAN                  NOT NULL
);
CREATE INDEX monitoring_contact_monitoring_idx ON monitoring_contact (monitoring_id, contact_op);
