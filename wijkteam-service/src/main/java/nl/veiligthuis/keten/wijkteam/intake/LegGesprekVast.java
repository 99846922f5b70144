package nl.veiligthuis.keten.wijkteam.intake;

import java.time.LocalDate;
import nl.veiligthuis.keten.wijkteam.zaak.Medewerker;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * R11: whether the team spoke with a gezinslid, and if not, why. gevoerdOp is the day of the conversation, or of
 * the attempt when there was none.
 */
public record LegGesprekVast(@TargetAggregateIdentifier String zaakId, String lidId, boolean gesproken,
                             LocalDate gevoerdOp, RedenNietGesproken redenNietGesproken, String toelichting,
                             Medewerker medewerker) {
}
