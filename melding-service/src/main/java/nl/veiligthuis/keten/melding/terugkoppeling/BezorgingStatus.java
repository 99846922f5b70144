package nl.veiligthuis.keten.melding.terugkoppeling;

/** R6: where the letter to the melder is: waiting (also between retries), delivered, or given up after every retry. */
public enum BezorgingStatus {
    WACHTEND,
    BEZORGD,
    MISLUKT
}
