package nl.veiligthuis.keten.wijkteam.zaak;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record MeldTerug(@TargetAggregateIdentifier String zaakId, RedenTerugmelding reden, String toelichting,
                        Medewerker medewerker) {
}
