-- R21: which gezin each melding was first in and which it belongs to now, so that erasing a gezin also erases a gezin
-- whose every melding was koppeled to it (its personal data stays encrypted under its first gezin's key). Ids only.
-- Written with gezinsregister, in the transaction that stores the event.
CREATE TABLE melding_herkomst (
    melding_id      VARCHAR(255) NOT NULL PRIMARY KEY,
    eerste_gezin_id VARCHAR(255) NOT NULL,
    gezin_id        VARCHAR(255) NOT NULL
);
CREATE INDEX melding_herkomst_gezin_idx ON melding_herkomst (gezin_id);
CREATE INDEX melding_herkomst_eerste_gezin_idx ON melding_herkomst (eerste_gezin_id);

-- the meldingen stored before this version, from the event store (their ids are not encrypted)
INSERT INTO melding_herkomst (melding_id, eerste_gezin_id, gezin_id)
SELECT aggregate_identifier, convert_from(payload, 'UTF8')::jsonb ->> 'gezinId',
       convert_from(payload, 'UTF8')::jsonb ->> 'gezinId'
FROM domain_event_entry WHERE payload_type = 'nl.veiligthuis.keten.melding.melding.MeldingOntvangen'
ON CONFLICT (melding_id) DO NOTHING;
UPDATE melding_herkomst h SET gezin_id = k.gezin_id
FROM (SELECT DISTINCT ON (aggregate_identifier) aggregate_identifier AS melding_id,
             convert_from(payload, 'UTF8')::jsonb ->> 'gezinId' AS gezin_id
      FROM domain_event_entry WHERE payload_type = 'nl.veiligthuis.keten.melding.melding.MeldingAanGezinGekoppeld'
      ORDER BY aggregate_identifier, sequence_number DESC) k
WHERE h.melding_id = k.melding_id;
