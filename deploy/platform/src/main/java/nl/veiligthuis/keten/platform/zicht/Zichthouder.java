package nl.veiligthuis.keten.platform.zicht;

/** Who holds zicht op veiligheid for one melding (R2): Veilig Thuis, the wijkteam that accepted it, or nobody. */
public enum Zichthouder {
    VEILIG_THUIS, WIJKTEAM, NIEMAND
}
