-- R21 (issue 13 point 6): how VT monitors a waiting case (MonitoringsfrequentieVastgesteld.wijze) is free text and
-- encrypted since this version; the events of that type stored before are rewritten once (Herversleuteling).
INSERT INTO herversleuteling (id, grens, tot, payload_type)
SELECT 2, coalesce(max(global_index), -1), -1, 'nl.veiligthuis.keten.triage.triage.MonitoringsfrequentieVastgesteld'
FROM domain_event_entry;
