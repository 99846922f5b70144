package nl.veiligthuis.keten.wijkteam.gezinsregie;

import java.time.Instant;

/** A joined handover as the zaak keeps it: how it joined, and {@code geaccepteerdOp} null while it waits. */
public record GevoegdeOverdracht(OverdrachtBijZaakGevoegd gevoegd, Instant geaccepteerdOp) {

    public String overdrachtId() {
        return gevoegd.overdrachtId();
    }

    public String meldingId() {
        return gevoegd.meldingId();
    }

    public boolean wacht() {
        return geaccepteerdOp == null;
    }
}
