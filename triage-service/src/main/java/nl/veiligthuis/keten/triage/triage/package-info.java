/** The Triage aggregate: a melding assessed within 5 working days (R1–R3), with the handover after triage (R7). */
package nl.veiligthuis.keten.triage.triage;
