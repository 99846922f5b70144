-- Issue 14 point 9 (003: is the judgement based on the most recent information?): per zaak the moment of its oldest
-- current child oordeel, so a judgement not re-evaluated for longer than the configured period is a signal. An
-- evaluation of the veiligheidsplan re-judges the children: its moment is kept with its oordelen.
ALTER TABLE intake_evaluatieoordeel ADD COLUMN vastgelegd_op TIMESTAMP WITH TIME ZONE;
ALTER TABLE zaak_overzicht ADD COLUMN oudste_oordeel_op TIMESTAMP WITH TIME ZONE;

-- The plan evaluations recorded before: their moment is the evaluation's, kept with the same sequence number
UPDATE intake_evaluatieoordeel e SET vastgelegd_op = v.geevalueerd_op
FROM veiligheidsplan_evaluatie v
WHERE v.zaak_id = e.zaak_id AND v.volgnummer = e.volgnummer;

-- Zaken from before: per child its latest oordeel (assessment or plan evaluation, by sequence number), the oldest of
-- them, as the projection derives it
UPDATE zaak_overzicht z SET oudste_oordeel_op = per_zaak.oudste
FROM (SELECT per_kind.zaak_id, min(per_kind.vastgelegd_op) AS oudste
      FROM (SELECT DISTINCT ON (oordeel.zaak_id, oordeel.lid_id) oordeel.zaak_id, oordeel.lid_id, oordeel.vastgelegd_op
            FROM (SELECT zaak_id, lid_id, volgnummer, vastgelegd_op FROM intake_veiligheidsinschatting
                  UNION ALL
                  SELECT zaak_id, lid_id, volgnummer, vastgelegd_op FROM intake_evaluatieoordeel) oordeel
            ORDER BY oordeel.zaak_id, oordeel.lid_id, oordeel.volgnummer DESC) per_kind
      WHERE per_kind.vastgelegd_op IS NOT NULL
      GROUP BY per_kind.zaak_id) per_zaak
WHERE z.zaak_id = per_zaak.zaak_id;
