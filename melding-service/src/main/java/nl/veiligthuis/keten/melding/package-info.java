/** melding-service: receives meldingen (about a gezin) and adviesvragen and publishes them to the chain. */
package nl.veiligthuis.keten.melding;
