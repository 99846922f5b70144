package nl.veiligthuis.keten.monitoring.betrokkenheid;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** An organisation registers that it is involved with a gezin, or with one child of it (R18). */
public record RegistreerBetrokkenheid(@TargetAggregateIdentifier String betrokkenheidId, String gezinId,
                                      String persoonId, String organisatie, String rol, Reden reden, String team) {

    public RegistreerBetrokkenheid(String betrokkenheidId, String gezinId, String persoonId, String organisatie,
                                   String rol, Reden reden) {
        this(betrokkenheidId, gezinId, persoonId, organisatie, rol, reden, null);
    }
}
