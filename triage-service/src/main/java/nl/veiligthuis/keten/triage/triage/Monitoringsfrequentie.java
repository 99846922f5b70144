package nl.veiligthuis.keten.triage.triage;

/**
 * R5: how often VT checks on a gezin while its case waits. Every case has one from receipt: a default by urgency
 * that VT replaces by its own estimate.
 */
public enum Monitoringsfrequentie {
    DAGELIJKS, TWEE_KEER_PER_WEEK, WEKELIJKS, TWEEWEKELIJKS;

    public static Monitoringsfrequentie standaardVoor(boolean acuutOnveilig) {
        return acuutOnveilig ? DAGELIJKS : WEKELIJKS;
    }
}
