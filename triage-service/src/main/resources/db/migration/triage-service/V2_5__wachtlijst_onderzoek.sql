-- R5: an onderzoek waits on the waiting list until an onderzoeker starts it; the term exists from the start
ALTER TABLE onderzoek_overzicht ALTER COLUMN gestart_op DROP NOT NULL;
ALTER TABLE onderzoek_overzicht ALTER COLUMN uiterlijk_afgerond_op DROP NOT NULL;
ALTER TABLE onderzoek_overzicht ADD COLUMN aangemeld_op TIMESTAMP WITH TIME ZONE;
ALTER TABLE onderzoek_overzicht ADD COLUMN onderzoeker_naam VARCHAR(200);
ALTER TABLE onderzoek_overzicht ADD COLUMN onderzoeker_telefoon VARCHAR(50);
