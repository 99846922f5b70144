/** monitoring-service: VT monitoring after a handover and the timeline of every gezin across the chain. */
package nl.veiligthuis.keten.monitoring;
