-- Issue 14 point 9 (003: is the judgement based on the most recent information?): per zaak the moment of its oldest
-- current child oordeel, so a judgement not re-evaluated for longer than the configured period is a signal. An
-- evaluation of the veiligheidsplan re-judges the children: its moment is kept with its oordelen.
ALTER TABLE intake_evaluatieoordeel ADD COLUMN vastgelegd_op TIMESTAMP WITH TIME ZONE;
ALTER TABLE zaak_overzicht ADD COLUMN oudste_oordeel_op TIMESTAMP WITH TIME ZONE;

-- Zaken from before: their latest assessment per child (evaluations recorded before had no moment kept, so they count
-- from the next event of the zaak on)
UPDATE zaak_overzicht z SET oudste_oordeel_op = per_zaak.oudste
FROM (SELECT per_kind.zaak_id, min(per_kind.laatste) AS oudste
      FROM (SELECT zaak_id, lid_id, max(vastgelegd_op) AS laatste FROM intake_veiligheidsinschatting
            GROUP BY zaak_id, lid_id) per_kind
      GROUP BY per_kind.zaak_id) per_zaak
WHERE z.zaak_id = per_zaak.zaak_id;
