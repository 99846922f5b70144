package nl.veiligthuis.keten.monitoring.betrokkenheid;

import java.time.Instant;

public record BetrokkenheidBeeindigd(String betrokkenheidId, String gezinId, String persoonId, String organisatie,
                                     Instant beeindigdOp) {
}
