-- R5: the waiting lists are computed as of any moment from the moments stored here, so a past day needs no
-- snapshot and a replay rebuilds the history.

-- what a melding keeps across triage rounds
CREATE TABLE wachtlijst_zaak (
    melding_id                  VARCHAR(36)              NOT NULL PRIMARY KEY,
    regio                       VARCHAR(100),
    acuut_onveilig              BOOLEAN                  NOT NULL,
    herhaalmelding              BOOLEAN                  NOT NULL,
    ontvangen_op                TIMESTAMP WITH TIME ZONE NOT NULL,
    -- receipt + 10 weeks, end of that Dutch day: measure 6
    tien_weken_einde            TIMESTAMP WITH TIME ZONE NOT NULL,
    monitoringsfrequentie       VARCHAR(30),
    monitoringsfrequentie_sinds TIMESTAMP WITH TIME ZONE,
    aantal_terugmeldingen       INTEGER                  NOT NULL DEFAULT 0
);
-- every query selects on the region as reported, null being ONBEKEND
CREATE INDEX wachtlijst_zaak_regio_idx ON wachtlijst_zaak ((COALESCE(regio, 'ONBEKEND')));

-- one row per triage round: round 1 from receipt, round n + 1 from the (n)th return by a wijkteam (R9). A single row
-- per melding would overwrite the earlier round and so falsify the history before a return.
CREATE TABLE wachtlijst_ronde (
    melding_id               VARCHAR(36)              NOT NULL,
    ronde                    INTEGER                  NOT NULL,
    wacht_sinds              TIMESTAMP WITH TIME ZONE NOT NULL,
    triage_termijn_einde     TIMESTAMP WITH TIME ZONE NOT NULL,
    triage_gestart_op        TIMESTAMP WITH TIME ZONE,
    triage_afgerond_op       TIMESTAMP WITH TIME ZONE,
    uitkomst                 VARCHAR(30),
    triage_binnen_termijn    BOOLEAN,
    afgesloten_op            TIMESTAMP WITH TIME ZONE,
    onderzoek_wacht_grens    TIMESTAMP WITH TIME ZONE,
    onderzoek_id             VARCHAR(36),
    onderzoek_gestart_op     TIMESTAMP WITH TIME ZONE,
    onderzoek_termijn_einde  TIMESTAMP WITH TIME ZONE,
    onderzoek_verlengd_op    TIMESTAMP WITH TIME ZONE,
    onderzoek_verlengd_tot   TIMESTAMP WITH TIME ZONE,
    onderzoek_afgerond_op    TIMESTAMP WITH TIME ZONE,
    onderzoek_binnen_termijn BOOLEAN,
    overdracht_id            VARCHAR(36),
    overdracht_gedaan_op     TIMESTAMP WITH TIME ZONE,
    overdracht_wacht_grens   TIMESTAMP WITH TIME ZONE,
    geaccepteerd_op          TIMESTAMP WITH TIME ZONE,
    teruggemeld_op           TIMESTAMP WITH TIME ZONE,
    -- from this moment the round counts in no measure and is off the worklist (LEAST skips nulls): accepted,
    -- returned, closed, or decided SPOED/INTERVENTIE (VT-led, no route to the local field is recorded for them)
    eind_op                  TIMESTAMP WITH TIME ZONE GENERATED ALWAYS AS (LEAST(geaccepteerd_op, teruggemeld_op,
        afgesloten_op, CASE WHEN uitkomst IN ('SPOED', 'INTERVENTIE') THEN triage_afgerond_op END)) STORED,
    PRIMARY KEY (melding_id, ronde)
);
CREATE INDEX wachtlijst_ronde_eind_idx ON wachtlijst_ronde (eind_op);
CREATE INDEX wachtlijst_ronde_onderzoek_idx ON wachtlijst_ronde (onderzoek_id);
CREATE INDEX wachtlijst_ronde_overdracht_idx ON wachtlijst_ronde (overdracht_id);
