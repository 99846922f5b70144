package nl.veiligthuis.keten.monitoring.betrokkenheid;

import java.time.Instant;

/** Answer to a registration: the id to end it with. */
public record BetrokkenheidGeregistreerdAntwoord(String betrokkenheidId, String gezinId, String persoonId,
                                                 String organisatie, Reden reden, Instant geregistreerdOp) {
}
