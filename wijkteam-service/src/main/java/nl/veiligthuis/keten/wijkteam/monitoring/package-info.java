/**
 * VT monitoring seen from the wijkteam (R14): the contacts Veilig Thuis makes on the agreed goals arrive on the zaak,
 * and the team answers each one with the stand of every goal.
 */
package nl.veiligthuis.keten.wijkteam.monitoring;
