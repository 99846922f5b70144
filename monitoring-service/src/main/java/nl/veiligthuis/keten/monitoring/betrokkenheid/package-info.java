/**
 * R18: which organisations are involved with a gezin or a child, in the spirit of the Verwijsindex (VIR), and a
 * match when two or more are. Involvement is derived from the chain's events and registered by other
 * organisations; only an organisation involved itself, or the inspectie, sees it (ADR 0003).
 */
package nl.veiligthuis.keten.monitoring.betrokkenheid;
