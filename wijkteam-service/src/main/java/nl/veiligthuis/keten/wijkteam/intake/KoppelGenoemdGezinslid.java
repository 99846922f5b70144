package nl.veiligthuis.keten.wijkteam.intake;

import nl.veiligthuis.keten.wijkteam.zaak.Medewerker;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * R11, issue 14 point 1: the person Veilig Thuis named as {@code persoonId} is the zaak's gezinslid {@code lidId},
 * registered earlier under another persoonId (one child coupled from two meldingen) or without one.
 */
public record KoppelGenoemdGezinslid(@TargetAggregateIdentifier String zaakId, String persoonId, String lidId,
                                     Medewerker medewerker) {
}
