-- Issue 14 point 9 (001: ETM/LIRIK "slechts over één ouder ingevuld"): the adult gezinsleden (lidIds, comma-joined)
-- a child's veiligheidsinschatting covers. Assessments recorded before say none: they count as not covering the
-- parents, so the signal INSCHATTING_NIET_OVER_ALLE_OUDERS asks to record it again, as a herbouw derives it too.
ALTER TABLE intake_veiligheidsinschatting ADD COLUMN volwassenen TEXT;

-- Zaken in treatment from before: a child with an assessment and a registered parent or (ex-)partner carry the
-- signal from the first moment both were there, as the projection sets it on the first event that makes it true
INSERT INTO zaak_signaal (zaak_id, signaal, sinds)
SELECT z.zaak_id, 'INSCHATTING_NIET_OVER_ALLE_OUDERS',
       greatest((SELECT min(i.vastgelegd_op) FROM intake_veiligheidsinschatting i
                 JOIN intake_gezinslid k ON k.zaak_id = i.zaak_id AND k.lid_id = i.lid_id AND k.rol = 'KIND'
                 WHERE i.zaak_id = z.zaak_id),
                (SELECT min(o.geregistreerd_op) FROM intake_gezinslid o
                 WHERE o.zaak_id = z.zaak_id AND o.rol IN ('OUDER', 'PARTNER', 'EX_PARTNER')))
FROM intake_zaak z
WHERE z.in_behandeling
  AND EXISTS (SELECT 1 FROM intake_veiligheidsinschatting i
              JOIN intake_gezinslid k ON k.zaak_id = i.zaak_id AND k.lid_id = i.lid_id AND k.rol = 'KIND'
              WHERE i.zaak_id = z.zaak_id)
  AND EXISTS (SELECT 1 FROM intake_gezinslid o
              WHERE o.zaak_id = z.zaak_id AND o.rol IN ('OUDER', 'PARTNER', 'EX_PARTNER'))
ON CONFLICT (zaak_id, signaal) DO NOTHING;
