/**
 * The Zaak aggregate: a handover received from Veilig Thuis, its acceptance or terugmelding (R9, R16) and its read
 * model.
 */
package nl.veiligthuis.keten.wijkteam.zaak;
