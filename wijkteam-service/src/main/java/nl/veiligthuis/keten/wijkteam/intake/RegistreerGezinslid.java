package nl.veiligthuis.keten.wijkteam.intake;

import nl.veiligthuis.keten.wijkteam.zaak.Medewerker;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * R11: a member of the gezin the team is to speak with. persoonId is the optional pseudonymous id from the handover
 * package; aanduiding an optional short label for the team ("oudste dochter") that stays in wijkteam-service.
 */
public record RegistreerGezinslid(@TargetAggregateIdentifier String zaakId, String lidId, GezinslidRol rol,
                                  String persoonId, String aanduiding, Medewerker medewerker) {
}
