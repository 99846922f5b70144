package nl.veiligthuis.keten.wijkteam.zaak;

import java.time.Instant;

/** Who holds the regie of a zaak now (R10), and since when. */
public record HuidigeRegisseur(String naam, String telefoon, String organisatie, Instant sinds) {
}
