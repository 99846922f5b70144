package nl.veiligthuis.keten.platform.projectie;

public enum Herbouwstatus {
    LOOPT, KLAAR, MISLUKT
}
