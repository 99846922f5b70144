/** Which Veilig Thuis region a gezin belongs to, derived from its municipality by a configurable mapping. */
package nl.veiligthuis.keten.melding.regio;
