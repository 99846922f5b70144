-- Processing group "zaak-overzicht" is now called "zaakdossier" (issue 12 point 2): it holds the zaak's whole read
-- side (overview, regie, signals and terms, intake, plans, monitoring contacts, escalation, closing), not only the
-- overview. Its positions and its herbouw history move with it, so nothing is replayed.
UPDATE token_entry SET processor_name = 'zaakdossier' WHERE processor_name = 'zaak-overzicht';
UPDATE projectie_herbouw SET projectie = 'zaakdossier' WHERE projectie = 'zaak-overzicht';
