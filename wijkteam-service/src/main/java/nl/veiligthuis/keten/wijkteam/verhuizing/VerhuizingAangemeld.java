package nl.veiligthuis.keten.wijkteam.verhuizing;

import java.time.Instant;
import java.time.LocalDate;
import nl.veiligthuis.keten.platform.privacy.Persoonsgegeven;
import nl.veiligthuis.keten.platform.privacy.Sleutelhouder;
import nl.veiligthuis.keten.wijkteam.zaak.Medewerker;
import nl.veiligthuis.keten.wijkteam.zaak.Regisseur;
import org.axonframework.serialization.Revision;

/**
 * Issue 14 point 10. {@code regisseur} is the casusregisseur holding the regie at the announcement, the receiving
 * team's contact for the warm handover; it, the reden without consent, the toelichting and the medewerker never leave
 * wijkteam-service (D4).
 */
@Revision("1")
public record VerhuizingAangemeld(String zaakId, String verhuizingId, @Sleutelhouder String gezinId,
                                  String vanGemeente, String vanTeam, String naarGemeente, String naarTeam,
                                  LocalDate verhuisdOp, Toestemming toestemming,
                                  @Persoonsgegeven String redenZonderToestemming, @Persoonsgegeven String toelichting,
                                  Regisseur regisseur, Medewerker medewerker, Instant aangemeldOp) {
}
