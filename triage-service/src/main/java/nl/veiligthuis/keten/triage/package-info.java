/** triage-service: Veilig Thuis' decisions and terms — triage, onderzoek and overdracht. */
package nl.veiligthuis.keten.triage;
