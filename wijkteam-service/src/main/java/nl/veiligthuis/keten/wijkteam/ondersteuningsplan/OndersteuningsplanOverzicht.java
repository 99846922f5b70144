package nl.veiligthuis.keten.wijkteam.ondersteuningsplan;

import java.util.List;

/**
 * R12 for one zaak: the latest version of the plan with its review status, which version is in force (approved),
 * the reviews of all versions, the evaluations, the procesbespreking term and every offer of a familiegroepsplan (issue
 * 14 point 13, oldest first). huidigeVersie and procesbespreking are null before there is one.
 */
public record OndersteuningsplanOverzicht(String zaakId, PlanVersie huidigeVersie, Integer goedgekeurdeVersie,
                                          List<PlanBeoordeling> beoordelingen, List<PlanEvaluatie> evaluaties,
                                          ProcesbesprekingTermijn procesbespreking,
                                          List<FamiliegroepsplanAanbod> familiegroepsplanAanbod) {
}
