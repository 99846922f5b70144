-- Issue 14 point 4 (R10): a gezin may have two zaken at one wijkteam at once after the team split a handover off with a
-- reason. The wijkteam's involvement ends when the last of its zaken for the gezin closes, not the first.
ALTER TABLE ketenbetrokkenheid ADD COLUMN lopende_zaken TEXT[] NOT NULL DEFAULT '{}';
UPDATE ketenbetrokkenheid SET lopende_zaken = ARRAY[zaak_id] WHERE zaak_id IS NOT NULL AND beeindigd_op IS NULL;

-- what ran before this version: every zaak of the gezin the organisation accepted and that did not close, from the
-- handovers' facts on the timeline (the row kept only the last zaak)
UPDATE ketenbetrokkenheid k SET lopende_zaken = ARRAY(SELECT DISTINCT unnest(k.lopende_zaken || a.zaken))
FROM (SELECT g.gezin_id, lower(g.actor ->> 'organisatie') AS organisatie,
             array_agg(DISTINCT g.feiten ->> 'zaakId') AS zaken
      FROM tijdlijn_gebeurtenis g
      WHERE g.ce_type = 'nl.veilig-thuis.keten.wijkteam.overdracht-geaccepteerd.v1'
        AND coalesce(g.feiten ->> 'zaakId', '') <> ''
        AND NOT EXISTS (SELECT 1 FROM tijdlijn_gebeurtenis c
                        WHERE c.gezin_id = g.gezin_id
                          AND c.ce_type = 'nl.veilig-thuis.keten.wijkteam.zaak-afgesloten.v1'
                          AND c.feiten ->> 'zaakId' = g.feiten ->> 'zaakId')
      GROUP BY g.gezin_id, lower(g.actor ->> 'organisatie')) a
WHERE k.grond = 'OVERDRACHT' AND k.beeindigd_op IS NULL AND k.gezin_id = a.gezin_id
  AND lower(k.organisatie) = a.organisatie;
