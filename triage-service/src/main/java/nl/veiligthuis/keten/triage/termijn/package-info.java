/** Terms in Dutch working days and weeks (R1, R4). */
package nl.veiligthuis.keten.triage.termijn;
