package nl.veiligthuis.keten.wijkteam.gezinsregie;

import java.time.Instant;

/** A joined handover as the zaak keeps it; {@code geaccepteerdOp} null while it waits for the team. */
public record GevoegdeOverdracht(String overdrachtId, String meldingId, Instant geaccepteerdOp) {

    public boolean wacht() {
        return geaccepteerdOp == null;
    }
}
