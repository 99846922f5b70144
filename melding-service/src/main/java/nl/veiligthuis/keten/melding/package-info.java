/**
 * melding-service: receives meldingen (about a gezin) and adviesvragen, recognises known gezinnen, publishes them to
 * the chain and gives the melder feedback (R6).
 */
package nl.veiligthuis.keten.melding;
