/** wijkteam-service: the Zaak of a wijkteam, opened when Veilig Thuis hands a gezin over to the local field. */
package nl.veiligthuis.keten.wijkteam;
