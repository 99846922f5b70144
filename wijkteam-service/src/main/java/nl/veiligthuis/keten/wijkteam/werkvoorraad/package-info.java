/**
 * The worklists of the wijkteams (issue 4 point 10): per gemeente and per team, the open zaken with their next term
 * and signals, and the returns to Veilig Thuis per gezin (R9: cases pushed back and forth are a known harm).
 */
package nl.veiligthuis.keten.wijkteam.werkvoorraad;
