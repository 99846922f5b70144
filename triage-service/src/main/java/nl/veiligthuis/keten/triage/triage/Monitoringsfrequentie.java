package nl.veiligthuis.keten.triage.triage;

import java.time.Duration;

/**
 * R5: how often VT checks on a gezin while its case waits. Every case has one from receipt: a default by urgency
 * that VT replaces by its own estimate. The interval is the longest time between two wachtcontacten.
 */
public enum Monitoringsfrequentie {
    DAGELIJKS(Duration.ofDays(1)),
    TWEE_KEER_PER_WEEK(Duration.ofHours(84)),
    WEKELIJKS(Duration.ofDays(7)),
    TWEEWEKELIJKS(Duration.ofDays(14));

    private final Duration interval;

    Monitoringsfrequentie(Duration interval) {
        this.interval = interval;
    }

    public Duration interval() {
        return interval;
    }

    public static Monitoringsfrequentie standaardVoor(boolean acuutOnveilig) {
        return acuutOnveilig ? DAGELIJKS : WEKELIJKS;
    }
}
