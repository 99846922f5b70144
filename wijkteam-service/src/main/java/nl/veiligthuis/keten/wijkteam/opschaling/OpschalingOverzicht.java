package nl.veiligthuis.keten.wijkteam.opschaling;

import java.time.Instant;

/** One escalation of a zaak as the team and an inspector read it; besluit is null while it waits (R15). */
public record OpschalingOverzicht(String opschalingId, Tafel tafel, RedenOpschaling reden, String toelichting,
                                  Zichthouder zichthouder, String opgeschaaldDoor, Instant opgeschaaldOp,
                                  Besluit besluit, String besluitToelichting, Instant beslotenOp) {
}
