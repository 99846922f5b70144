/** The Onderzoek aggregate: VT's investigation within 10 weeks (R4), its rapportage and overdrachtsgesprek (R8). */
package nl.veiligthuis.keten.triage.onderzoek;
