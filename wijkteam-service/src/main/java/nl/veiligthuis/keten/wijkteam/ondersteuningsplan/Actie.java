package nl.veiligthuis.keten.wijkteam.ondersteuningsplan;

import nl.veiligthuis.keten.platform.privacy.Persoonsgegeven;

/** R12: what one involved party does for the doel with doelPrioriteit; partijNaam is optional (needed for ANDERS). */
public record Actie(Partij partij, @Persoonsgegeven String partijNaam, @Persoonsgegeven String omschrijving,
                    int doelPrioriteit) {
}
