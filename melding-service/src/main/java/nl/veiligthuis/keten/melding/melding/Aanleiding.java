package nl.veiligthuis.keten.melding.melding;

/**
 * R6, issue 14 point 5: which decision a letter answers, so each decision gets one letter and a new decision after a
 * return (R9) a new one. Letters recorded before this existed answered the first decision of their moment.
 */
public final class Aanleiding {

    private Aanleiding() {
    }

    public static String triageRonde(int ronde) {
        return "triage-ronde-" + Math.max(ronde, 1);
    }

    public static String onderzoek(String onderzoekId) {
        return onderzoekId == null || onderzoekId.isBlank() ? "onderzoek" : "onderzoek-" + onderzoekId;
    }

    /** The decision a letter of this moment answered when it does not say: the first one. */
    public static String standaard(Moment moment) {
        return moment == Moment.NA_TRIAGE ? triageRonde(1) : onderzoek(null);
    }

    static String van(Moment moment, String aanleiding) {
        return moment.name() + "|" + (aanleiding == null ? standaard(moment) : aanleiding);
    }
}
