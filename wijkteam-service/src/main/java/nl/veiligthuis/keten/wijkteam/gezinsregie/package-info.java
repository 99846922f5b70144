/**
 * R10 "1 Gezin, 1 Plan, 1 Regisseur" (issue 14 point 4): a gezin has one lopende zaak at the wijkteam. Every handover
 * of Veilig Thuis passes the gezin's {@link nl.veiligthuis.keten.wijkteam.gezinsregie.Gezinsregie} first, which
 * serialises the gezin's handovers: a handover for a gezin with a lopende zaak joins that zaak (its plan, its
 * casusregisseur) instead of opening a second one, unless the team decides otherwise with a reason (afsplitsing). A
 * joined handover is accepted, returned or closed with its zaak, and Veilig Thuis hears of each per melding.
 */
package nl.veiligthuis.keten.wijkteam.gezinsregie;
