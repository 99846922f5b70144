/**
 * The veiligheidsplan of a zaak (R13): agreements, evaluations by severity, a lead time of at most three months,
 * missed evaluations and expiry as signals, and the teamleider's review as quality control.
 */
package nl.veiligthuis.keten.wijkteam.veiligheidsplan;
