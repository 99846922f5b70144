package nl.veiligthuis.keten.wijkteam.zaak;

public record ZoekZaken(String gezinId) {
}
