package nl.veiligthuis.keten.wijkteam.ondersteuningsplan;

import java.time.LocalDate;
import nl.veiligthuis.keten.wijkteam.zaak.Medewerker;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Issue 14 point 13 (R12): the team offered the gezin a familiegroepsplan on a day, and records its answer. */
public record BiedFamiliegroepsplanAan(@TargetAggregateIdentifier String zaakId, LocalDate aangebodenOp,
                                       FamiliegroepsplanAntwoord antwoord, String toelichting, Medewerker medewerker) {
}
