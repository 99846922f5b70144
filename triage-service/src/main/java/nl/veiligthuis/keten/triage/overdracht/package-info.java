/** The overdracht (handover) to a wijkteam, after triage (R7) or after onderzoek with an overdrachtsgesprek (R8). */
package nl.veiligthuis.keten.triage.overdracht;
