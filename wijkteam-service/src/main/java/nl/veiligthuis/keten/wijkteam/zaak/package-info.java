/**
 * The Zaak aggregate: a handover received from Veilig Thuis, its acceptance or terugmelding (R9, R16), its
 * casusregisseur (R10) and its read models.
 */
package nl.veiligthuis.keten.wijkteam.zaak;
