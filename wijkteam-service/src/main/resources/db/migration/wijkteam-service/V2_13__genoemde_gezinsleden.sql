-- Issue 14 point 1 (R11, R16): the persons Veilig Thuis' handovers name for the gezin are known to the zaak from the
-- start (processing group zaakdossier). Handovers published before this version named nobody, so nothing to fill.
CREATE TABLE intake_genoemd_lid (
    zaak_id       VARCHAR(36) NOT NULL,
    overdracht_id VARCHAR(36) NOT NULL,
    persoon_id    VARCHAR(36) NOT NULL,
    rol           VARCHAR(20) NOT NULL,
    PRIMARY KEY (zaak_id, overdracht_id, persoon_id)
);

-- A named person the team coupled to a gezinslid registered under another persoonId, or without one.
CREATE TABLE intake_genoemd_koppeling (
    zaak_id    VARCHAR(36) NOT NULL,
    persoon_id VARCHAR(36) NOT NULL,
    lid_id     VARCHAR(36) NOT NULL,
    PRIMARY KEY (zaak_id, persoon_id)
);
