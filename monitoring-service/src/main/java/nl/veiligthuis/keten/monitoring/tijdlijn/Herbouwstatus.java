package nl.veiligthuis.keten.monitoring.tijdlijn;

public enum Herbouwstatus {
    LOPEND, KLAAR, MISLUKT
}
