/** The Zaak aggregate: a handover received from Veilig Thuis, its acceptance (R9) and its read model. */
package nl.veiligthuis.keten.wijkteam.zaak;
