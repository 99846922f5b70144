/** The gezin identity: which persons belong to which gezin, kept as keyed hashes to recognise a gezin in a new melding. */
package nl.veiligthuis.keten.melding.gezin;
