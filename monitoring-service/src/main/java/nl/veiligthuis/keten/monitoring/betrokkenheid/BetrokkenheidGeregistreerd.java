package nl.veiligthuis.keten.monitoring.betrokkenheid;

import java.time.Instant;

public record BetrokkenheidGeregistreerd(String betrokkenheidId, String gezinId, String persoonId,
                                         String organisatie, String rol, Reden reden, Instant geregistreerdOp) {
}
