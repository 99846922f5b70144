package nl.veiligthuis.keten.wijkteam.intake;

import java.time.Instant;
import nl.veiligthuis.keten.platform.privacy.Sleutelhouder;
import nl.veiligthuis.keten.wijkteam.zaak.Medewerker;

/** The person Veilig Thuis named as persoonId is gezinslid lidId; the medewerker stays here (D4). */
public record GenoemdGezinslidGekoppeld(String zaakId, @Sleutelhouder String gezinId, String gemeente,
                                        String persoonId, String lidId, Medewerker medewerker, Instant gekoppeldOp) {
}
