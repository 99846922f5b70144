package nl.veiligthuis.keten.wijkteam.afsluiting;

import nl.veiligthuis.keten.platform.privacy.Persoonsgegeven;

/**
 * One party to inform (R17). Without the family's consent a party is informed only when a child is not safe and the
 * reason is recorded; otherwise it is recorded as not informed.
 */
public record Informatiedeling(Partij partij, boolean toestemming, @Persoonsgegeven String redenZonderToestemming) {

    public boolean geinformeerd() {
        return toestemming || redenZonderToestemming != null;
    }
}
