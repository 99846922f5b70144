/**
 * Issue 14 point 14 (001: the caseload is "niet consequent" addressed): steering information for team leaders. Per
 * team and per casusregisseur the open zaken, the terms met and missed, the instruments used and the signals open,
 * over REST ({@code GET /api/v1/stuurinformatie}) and, per team without names, as metrics.
 */
package nl.veiligthuis.keten.wijkteam.stuurinformatie;
