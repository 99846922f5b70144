-- Issue 14 point 9 (003: is the judgement based on the most recent information?): per zaak the moment of its oldest
-- current child oordeel, so a judgement not re-evaluated for longer than the configured period is a signal. An
-- evaluation of the veiligheidsplan re-judges the children: its moment is kept with its oordelen.
ALTER TABLE intake_evaluatieoordeel ADD COLUMN vastgelegd_op TIMESTAMP WITH TIME ZONE;
ALTER TABLE zaak_overzicht ADD COLUMN oudste_oordeel_op TIMESTAMP WITH TIME ZONE;

-- Zaken from before: per child its latest assessment, unless a plan evaluation judged the child after it (evaluations
-- recorded before kept no moment: such a child does not count, as in the projection), the oldest of them
UPDATE zaak_overzicht z SET oudste_oordeel_op = per_zaak.oudste
FROM (SELECT per_kind.zaak_id, min(per_kind.laatste) AS oudste
      FROM (SELECT i.zaak_id, i.lid_id, max(i.vastgelegd_op) AS laatste, max(i.volgnummer) AS volgnummer
            FROM intake_veiligheidsinschatting i GROUP BY i.zaak_id, i.lid_id) per_kind
      WHERE NOT EXISTS (SELECT 1 FROM intake_evaluatieoordeel e WHERE e.zaak_id = per_kind.zaak_id
                        AND e.lid_id = per_kind.lid_id AND e.volgnummer > per_kind.volgnummer)
      GROUP BY per_kind.zaak_id) per_zaak
WHERE z.zaak_id = per_zaak.zaak_id;
