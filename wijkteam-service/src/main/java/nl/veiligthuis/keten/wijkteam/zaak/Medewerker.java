package nl.veiligthuis.keten.wijkteam.zaak;

/**
 * The wijkteam professional who acted; telefoon is optional. Personal data: stays in wijkteam-service, never on a
 * topic (D4).
 */
public record Medewerker(String naam, String telefoon) {
}
