/** The Melding aggregate: a report about a gezin, from receipt to its publication as MeldingOntvangen. */
package nl.veiligthuis.keten.melding.melding;
