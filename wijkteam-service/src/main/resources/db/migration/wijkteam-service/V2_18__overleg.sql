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

-- The further handovers that joined a zaak in treatment and wait for a split of tasks: the signal
-- TAAKVERDELING_MET_VEILIG_THUIS_ONTBREEKT stands while one waits. Lifted by an overleg with a task on or after the
-- day it joined; a handover split off to a zaak of its own waits no more.
CREATE TABLE zaak_taakverdeling_nodig (
    zaak_id       VARCHAR(36)              NOT NULL,
    overdracht_id VARCHAR(36)              NOT NULL,
    gevoegd_op    TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (zaak_id, overdracht_id)
);

-- Zaken from before: their handovers that joined after the acceptance and were not split off wait, as a replay of
-- their events derives it (no overleg existed before this version)
INSERT INTO zaak_taakverdeling_nodig (zaak_id, overdracht_id, gevoegd_op)
SELECT g.zaak_id, g.overdracht_id, g.gevoegd_op
FROM zaak_gevoegde_overdracht g JOIN zaak_overzicht z ON z.zaak_id = g.zaak_id
WHERE z.status = 'IN_BEHANDELING' AND z.geaccepteerd_op IS NOT NULL AND g.gevoegd_op >= z.geaccepteerd_op
  AND g.afgesplitst_naar IS NULL;

INSERT INTO zaak_signaal (zaak_id, signaal, sinds)
SELECT zaak_id, 'TAAKVERDELING_MET_VEILIG_THUIS_ONTBREEKT', min(gevoegd_op) FROM zaak_taakverdeling_nodig
GROUP BY zaak_id
ON CONFLICT (zaak_id, signaal) DO NOTHING;
