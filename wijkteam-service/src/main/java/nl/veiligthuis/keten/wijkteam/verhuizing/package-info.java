/**
 * Issue 14 point 10 (003 §5: verhuizingen cause re-referrals; R10, R2): a gezin moves, and its zaak moves with it to
 * the wijkteam of another gemeente or another team, by a warm handover. The team that holds the zaak announces the
 * move; the receiving team accepts it after a warm handover meeting, naming its casusregisseur, or refuses it with a
 * reason. Until it accepts, regie and zicht op veiligheid stay with the team that holds the zaak; at the acceptance
 * both pass, explicitly and on the gezin's timeline. The zaak keeps its history, its plans and its terms.
 */
package nl.veiligthuis.keten.wijkteam.verhuizing;
