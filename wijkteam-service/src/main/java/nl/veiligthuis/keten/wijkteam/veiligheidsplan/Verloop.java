package nl.veiligthuis.keten.wijkteam.veiligheidsplan;

import nl.veiligthuis.keten.wijkteam.zaak.Veiligheidsoordeel;

/** How a child's safety moved between the start of the plan and an evaluation (ONVEILIG < ZORGELIJK < VEILIG). */
public enum Verloop {
    VERBETERD,
    GELIJK,
    VERSLECHTERD,
    /** The child was not in the startsituatie of the plan. */
    NIEUW;

    static Verloop van(Veiligheidsoordeel start, Veiligheidsoordeel huidig) {
        if (start == null) {
            return NIEUW;
        }
        int verschil = rang(huidig) - rang(start);
        return verschil > 0 ? VERBETERD : verschil < 0 ? VERSLECHTERD : GELIJK;
    }

    private static int rang(Veiligheidsoordeel oordeel) {
        return switch (oordeel) {
            case ONVEILIG -> 0;
            case ZORGELIJK -> 1;
            case VEILIG -> 2;
        };
    }
}
