/**
 * R5: VT's waiting lists per region (the six measures of the inspectorate, now and per past day), the network norms
 * for the triage and onderzoek terms, VT's worklist, and their Prometheus gauges.
 */
package nl.veiligthuis.keten.triage.wachtlijst;
