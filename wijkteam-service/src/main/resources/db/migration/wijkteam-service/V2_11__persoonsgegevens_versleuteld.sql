-- R21 (issue 13 point 6): the projections store personal data encrypted with the gezin's key
-- (pg:v1:<gezin>:<versie>:<base64url>), far longer than the text it hides. Every column that holds it becomes TEXT;
-- the ones that were TEXT already are listed too, so this is the whole list. No index or view uses them.
ALTER TABLE zaak_overzicht
    ALTER COLUMN regisseur_naam TYPE TEXT,
    ALTER COLUMN regisseur_telefoon TYPE TEXT;

ALTER TABLE zaak_regie
    ALTER COLUMN naam TYPE TEXT,
    ALTER COLUMN telefoon TYPE TEXT,
    ALTER COLUMN reden TYPE TEXT;

ALTER TABLE intake_gezinslid
    ALTER COLUMN aanduiding TYPE TEXT;

ALTER TABLE intake_gesprek
    ALTER COLUMN toelichting TYPE TEXT,
    ALTER COLUMN medewerker_naam TYPE TEXT,
    ALTER COLUMN medewerker_telefoon TYPE TEXT;

ALTER TABLE intake_veiligheidsinschatting
    ALTER COLUMN onderbouwing TYPE TEXT,
    ALTER COLUMN medewerker_naam TYPE TEXT,
    ALTER COLUMN medewerker_telefoon TYPE TEXT;

ALTER TABLE intake_zrm
    ALTER COLUMN medewerker_naam TYPE TEXT,
    ALTER COLUMN medewerker_telefoon TYPE TEXT;

ALTER TABLE intake_leefgebiedenanalyse
    ALTER COLUMN bevindingen TYPE TEXT,
    ALTER COLUMN medewerker_naam TYPE TEXT,
    ALTER COLUMN medewerker_telefoon TYPE TEXT;

ALTER TABLE ondersteuningsplan
    ALTER COLUMN perspectief TYPE TEXT,
    ALTER COLUMN medewerker_naam TYPE TEXT,
    ALTER COLUMN medewerker_telefoon TYPE TEXT;

ALTER TABLE ondersteuningsplan_doel
    ALTER COLUMN omschrijving TYPE TEXT,
    ALTER COLUMN beoogd_resultaat TYPE TEXT;

ALTER TABLE ondersteuningsplan_actie
    ALTER COLUMN partij_naam TYPE TEXT,
    ALTER COLUMN omschrijving TYPE TEXT;

ALTER TABLE ondersteuningsplan_beoordeling
    ALTER COLUMN opmerkingen TYPE TEXT,
    ALTER COLUMN teamleider_naam TYPE TEXT;

ALTER TABLE ondersteuningsplan_evaluatie
    ALTER COLUMN bijstelling TYPE TEXT,
    ALTER COLUMN medewerker_naam TYPE TEXT;

ALTER TABLE ondersteuningsplan_evaluatie_doel
    ALTER COLUMN toelichting TYPE TEXT;

ALTER TABLE procesbespreking
    ALTER COLUMN uitkomst TYPE TEXT,
    ALTER COLUMN medewerker_naam TYPE TEXT;

ALTER TABLE veiligheidsplan_versie
    ALTER COLUMN afspraken TYPE TEXT,
    ALTER COLUMN maatregelen TYPE TEXT,
    ALTER COLUMN startsituatie TYPE TEXT,
    ALTER COLUMN medewerker_naam TYPE TEXT,
    ALTER COLUMN medewerker_telefoon TYPE TEXT,
    ALTER COLUMN opmerkingen TYPE TEXT,
    ALTER COLUMN teamleider_naam TYPE TEXT,
    ALTER COLUMN toelichting_beeindiging TYPE TEXT;

ALTER TABLE veiligheidsplan_evaluatie
    ALTER COLUMN maatregelen TYPE TEXT,
    ALTER COLUMN medewerker_naam TYPE TEXT;

ALTER TABLE zaak_monitoringcontact
    ALTER COLUMN toelichting TYPE TEXT,
    ALTER COLUMN medewerker_naam TYPE TEXT,
    ALTER COLUMN medewerker_telefoon TYPE TEXT;

ALTER TABLE zaak_monitoringcontact_doel
    ALTER COLUMN doel TYPE TEXT,
    ALTER COLUMN toelichting TYPE TEXT;

ALTER TABLE zaak_opschaling
    ALTER COLUMN toelichting TYPE TEXT,
    ALTER COLUMN zichthouder_naam TYPE TEXT,
    ALTER COLUMN zichthouder_telefoon TYPE TEXT,
    ALTER COLUMN opgeschaald_door TYPE TEXT,
    ALTER COLUMN besluit_toelichting TYPE TEXT;

ALTER TABLE zaak_afsluitvoorstel
    ALTER COLUMN vervolg TYPE TEXT,
    ALTER COLUMN onderbouwing TYPE TEXT,
    ALTER COLUMN voorgesteld_door TYPE TEXT,
    ALTER COLUMN opmerkingen TYPE TEXT,
    ALTER COLUMN teamleider TYPE TEXT;

ALTER TABLE zaak_informatiedeling
    ALTER COLUMN reden_zonder_toestemming TYPE TEXT;
