package nl.veiligthuis.keten.wijkteam.ondersteuningsplan;

/** R12: what one involved party does for the doel with doelPrioriteit; partijNaam is optional (needed for ANDERS). */
public record Actie(Partij partij, String partijNaam, String omschrijving, int doelPrioriteit) {
}
