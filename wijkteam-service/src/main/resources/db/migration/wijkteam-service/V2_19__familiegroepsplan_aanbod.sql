-- Issue 14 point 13 (R12; 001 Bijlage 1): every offer of a familiegroepsplan and the gezin's answer (processing group
-- zaakdossier). The toelichting and the medewerker are encrypted with the gezin's key and stay in this service.
-- Zaken from before have no offer recorded; the inspection does not judge plans drawn up before the offer could be.
CREATE TABLE familiegroepsplan_aanbod (
    zaak_id         VARCHAR(36)              NOT NULL,
    volgnummer      BIGINT                   NOT NULL,
    aangeboden_op   DATE                     NOT NULL,
    antwoord        VARCHAR(20)              NOT NULL,
    toelichting     TEXT,
    medewerker_naam TEXT                     NOT NULL,
    vastgelegd_op   TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (zaak_id, volgnummer)
);
