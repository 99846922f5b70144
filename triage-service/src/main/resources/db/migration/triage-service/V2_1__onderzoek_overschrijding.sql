-- R4: a justified overrun extends uiterlijk_afgerond_op and records its reason
ALTER TABLE onderzoek_overzicht ADD COLUMN overschrijding_reden VARCHAR(30);
ALTER TABLE onderzoek_overzicht ADD COLUMN overschrijding_toelichting TEXT;
