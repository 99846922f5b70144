-- The team a zaak belongs to (a gemeente can have several wijkteams) and the facts the worklist combines.
ALTER TABLE zaak_overzicht ADD COLUMN team                 VARCHAR(100);
ALTER TABLE zaak_overzicht ADD COLUMN onveilige_kinderen   INTEGER NOT NULL DEFAULT 0;
ALTER TABLE zaak_overzicht ADD COLUMN veiligheidsplan_actief BOOLEAN NOT NULL DEFAULT FALSE;
CREATE INDEX zaak_overzicht_team_idx ON zaak_overzicht (gemeente, team);

-- Signals set and lifted by the feature projections (intake, plannen, afsluiting, monitoring).
CREATE TABLE zaak_signaal (
    zaak_id VARCHAR(36)              NOT NULL,
    signaal VARCHAR(60)              NOT NULL,
    sinds   TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (zaak_id, signaal)
);

-- The running terms of a zaak; the worklist shows the earliest as the next term.
CREATE TABLE zaak_termijn (
    zaak_id   VARCHAR(36)              NOT NULL,
    soort     VARCHAR(60)              NOT NULL,
    uiterlijk TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (zaak_id, soort)
);
