package nl.veiligthuis.keten.monitoring.tijdlijn;

import java.util.Objects;

/** Walks one chain row by row in insertion order and keeps the first deviation (R19 tamper evidence). */
final class Ketencontrole {

    private final String keten;
    private final long kopLengte;
    private final String kopHash;
    private long aantal;
    private String vorigeHash;
    private String laatsteEventId;
    private String eventIdVoorbijKop;
    private Afwijking eersteAfwijking;

    /** @param kopLengte and {@code kopHash} as the chain head holds them (0 and null when there is no head) */
    Ketencontrole(String keten, long kopLengte, String kopHash) {
        this.keten = keten;
        this.kopLengte = kopLengte;
        this.kopHash = kopHash;
    }

    /** The link is checked before the hash: after a removed row, the row that follows is still intact itself. */
    void volgende(TijdlijnRij rij, String opgeslagenVorigeHash, String opgeslagenHash) {
        aantal++;
        if (eersteAfwijking == null) {
            if (!Objects.equals(opgeslagenVorigeHash, vorigeHash)) {
                eersteAfwijking = new Afwijking(aantal, rij.eventId(), Afwijking.Reden.SCHAKEL_VERBROKEN, keten);
            } else if (!Ketenhash.hash(rij, aantal, opgeslagenVorigeHash).equals(opgeslagenHash)) {
                eersteAfwijking = new Afwijking(aantal, rij.eventId(), Afwijking.Reden.HASH_WIJKT_AF, keten);
            }
        }
        if (aantal == kopLengte + 1) {
            eventIdVoorbijKop = rij.eventId();
        }
        vorigeHash = opgeslagenHash;
        laatsteEventId = rij.eventId();
    }

    /** @return null when every row and the head match */
    Afwijking afwijking() {
        if (eersteAfwijking != null) {
            return eersteAfwijking;
        }
        if (kopLengte > aantal) {
            return new Afwijking(aantal + 1, null, Afwijking.Reden.KETENKOP_WIJKT_AF, keten);
        }
        if (kopLengte < aantal) {
            return new Afwijking(kopLengte + 1, eventIdVoorbijKop, Afwijking.Reden.KETENKOP_WIJKT_AF, keten);
        }
        if (!Objects.equals(kopHash, vorigeHash)) {
            return new Afwijking(aantal, laatsteEventId, Afwijking.Reden.KETENKOP_WIJKT_AF, keten);
        }
        return null;
    }

    long aantal() {
        return aantal;
    }
}
