package nl.veiligthuis.keten.melding.melding;

/**
 * What the police sent (002 §3.2): a zorgmelding, or a mutatie huiselijk geweld from its systems. Mutaties are many,
 * of mixed quality and partly without any suspicion of violence, so the waiting-list figures can be read without them.
 */
public enum Politiemelding {
    ZORGMELDING,
    MUTATIE_HUISELIJK_GEWELD
}
