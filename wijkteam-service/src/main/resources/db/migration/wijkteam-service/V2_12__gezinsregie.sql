-- Issue 14 point 4 (R10, 1 Gezin 1 Plan 1 Regisseur): a further handover for a gezin joins its lopende zaak.

-- The handovers that joined a zaak after the one that opened it (processing group zaakdossier).
CREATE TABLE zaak_gevoegde_overdracht (
    zaak_id            VARCHAR(36)              NOT NULL,
    overdracht_id      VARCHAR(36)              NOT NULL,
    melding_id         VARCHAR(36)              NOT NULL,
    route              VARCHAR(20)              NOT NULL,
    gemeente           VARCHAR(200)             NOT NULL,
    overdracht_dataref VARCHAR(1000),
    status             VARCHAR(20)              NOT NULL,
    gevoegd_op         TIMESTAMP WITH TIME ZONE NOT NULL,
    geaccepteerd_op    TIMESTAMP WITH TIME ZONE,
    afgesplitst_naar   VARCHAR(36),
    PRIMARY KEY (zaak_id, overdracht_id)
);

-- The zaken that were lopend before handovers passed the gezin's Gezinsregie: a fixed list the Gezinsregie reads, so a
-- gezin's first handover after this version joins the zaak it already had. Not a projection: never rebuilt.
CREATE TABLE gezinsregie_voorloper (
    gezin_id   VARCHAR(36)              NOT NULL,
    zaak_id    VARCHAR(36)              NOT NULL,
    geopend_op TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (gezin_id, zaak_id)
);
INSERT INTO gezinsregie_voorloper (gezin_id, zaak_id, geopend_op)
SELECT gezin_id, zaak_id, geopend_op FROM zaak_overzicht WHERE status IN ('OVERDRACHT_ONTVANGEN', 'IN_BEHANDELING');
