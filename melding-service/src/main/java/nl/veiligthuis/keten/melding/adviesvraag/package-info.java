/** The Adviesvraag aggregate: a question for advice without a melding, recorded without triage. */
package nl.veiligthuis.keten.melding.adviesvraag;
