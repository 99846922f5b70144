ALTER TABLE zaak_overzicht ADD COLUMN reden_terugmelding VARCHAR(40);
ALTER TABLE zaak_overzicht ADD COLUMN teruggemeld_op     TIMESTAMP WITH TIME ZONE;
