-- R5/R9: region, repeat, start of triage, monitoring frequency, returns and who holds zicht op veiligheid
ALTER TABLE triage_overzicht ADD COLUMN regio VARCHAR(100);
ALTER TABLE triage_overzicht ADD COLUMN herhaalmelding BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE triage_overzicht ADD COLUMN gestart_op TIMESTAMP WITH TIME ZONE;
ALTER TABLE triage_overzicht ADD COLUMN ronde INTEGER NOT NULL DEFAULT 0;
ALTER TABLE triage_overzicht ADD COLUMN monitoringsfrequentie VARCHAR(30);
ALTER TABLE triage_overzicht ADD COLUMN monitoringswijze VARCHAR(500);
ALTER TABLE triage_overzicht ADD COLUMN aantal_terugmeldingen INTEGER NOT NULL DEFAULT 0;
ALTER TABLE triage_overzicht ADD COLUMN zicht_op_veiligheid_bij VARCHAR(30);
CREATE INDEX triage_overzicht_regio_idx ON triage_overzicht (regio, status);

-- R2/R9: zicht op veiligheid moves between VT and the wijkteam, so one row per period instead of per melding
ALTER TABLE zicht_op_veiligheid DROP CONSTRAINT zicht_op_veiligheid_pkey;
ALTER TABLE zicht_op_veiligheid ADD COLUMN zaak_id VARCHAR(36);
-- the order the events happened in: clocks of different services may disagree about sinds
ALTER TABLE zicht_op_veiligheid ADD COLUMN volgnummer BIGSERIAL;
ALTER TABLE zicht_op_veiligheid ADD PRIMARY KEY (melding_id, sinds, houder);

-- R9: every return of a zaak by a wijkteam, counted per gezin
CREATE TABLE terugmelding (
    overdracht_id  VARCHAR(36)              NOT NULL PRIMARY KEY,
    melding_id     VARCHAR(36)              NOT NULL,
    gezin_id       VARCHAR(36)              NOT NULL,
    zaak_id        VARCHAR(36)              NOT NULL,
    route          VARCHAR(20)              NOT NULL,
    reden          VARCHAR(50)              NOT NULL,
    teruggemeld_op TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX terugmelding_gezin_idx ON terugmelding (gezin_id);
