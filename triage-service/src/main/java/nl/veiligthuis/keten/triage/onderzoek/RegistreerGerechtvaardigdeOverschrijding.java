package nl.veiligthuis.keten.triage.onderzoek;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** R4: {@code nieuweEinddatum} for every reason but a pregnancy, {@code verwachteGeboortedatum} for that one. */
public record RegistreerGerechtvaardigdeOverschrijding(@TargetAggregateIdentifier String onderzoekId,
                                                       RedenOverschrijding reden, String toelichting,
                                                       LocalDate nieuweEinddatum, LocalDate verwachteGeboortedatum) {
}
