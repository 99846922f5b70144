-- Which zaak a VT monitoring concerns (R14), from monitoring-gestart: the zaak id derives from the overdracht.
-- Written by the Kafka consumer together with its inbox row, not by a projection, so a replay keeps it.
CREATE TABLE monitoring_zaak (
    monitoring_id VARCHAR(36) NOT NULL PRIMARY KEY,
    zaak_id       VARCHAR(36) NOT NULL,
    overdracht_id VARCHAR(36) NOT NULL
);

-- The monitoring contacts of VT on a zaak and the team's answer (R14). Goals, toelichting and the medewerker are
-- free text or personal data: they stay in this service.
CREATE TABLE zaak_monitoringcontact (
    contact_id              VARCHAR(36)              NOT NULL PRIMARY KEY,
    zaak_id                 VARCHAR(36)              NOT NULL,
    monitoring_id           VARCHAR(36)              NOT NULL,
    contact_op              TIMESTAMP WITH TIME ZONE NOT NULL,
    aantal_doelen_besproken INTEGER                  NOT NULL,
    ontvangen_op            TIMESTAMP WITH TIME ZONE NOT NULL,
    beantwoord_op           TIMESTAMP WITH TIME ZONE,
    toelichting             TEXT,
    medewerker_naam         VARCHAR(200),
    medewerker_telefoon     VARCHAR(50)
);
CREATE INDEX zaak_monitoringcontact_zaak_idx ON zaak_monitoringcontact (zaak_id, contact_op);

CREATE TABLE zaak_monitoringcontact_doel (
    contact_id  VARCHAR(36) NOT NULL,
    volgnummer  INTEGER     NOT NULL,
    doel        TEXT        NOT NULL,
    stand       VARCHAR(30) NOT NULL,
    toelichting TEXT,
    PRIMARY KEY (contact_id, volgnummer)
);
