/**
 * Issue 14 point 7 (001 §6.2: "De casusregisseur draagt ook zorg voor nazorg (monitoring) na afsluiting"; 004): after
 * a zaak is closed, who watches the gezin and until when, the checks they record, and the signal when that term
 * passes without a check.
 */
package nl.veiligthuis.keten.wijkteam.nazorg;
