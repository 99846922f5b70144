/**
 * The Melding aggregate: a report about a gezin, from receipt (MeldingOntvangen) through the confirmation of its gezin
 * to the feedback to its melder (R6).
 */
package nl.veiligthuis.keten.melding.melding;
