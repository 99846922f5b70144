package nl.veiligthuis.keten.monitoring.betrokkenheid;

import java.time.Instant;

/** @param team the team of the organisation that registered, from its token; absent for the whole organisation */
public record BetrokkenheidGeregistreerd(String betrokkenheidId, String gezinId, String persoonId,
                                         String organisatie, String rol, Reden reden, Instant geregistreerdOp,
                                         String team) {

    public BetrokkenheidGeregistreerd(String betrokkenheidId, String gezinId, String persoonId, String organisatie,
                                      String rol, Reden reden, Instant geregistreerdOp) {
        this(betrokkenheidId, gezinId, persoonId, organisatie, rol, reden, geregistreerdOp, null);
    }
}
