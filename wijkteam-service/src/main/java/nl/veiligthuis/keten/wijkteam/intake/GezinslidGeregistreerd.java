package nl.veiligthuis.keten.wijkteam.intake;

import nl.veiligthuis.keten.platform.privacy.Persoonsgegeven;
import nl.veiligthuis.keten.platform.privacy.Sleutelhouder;

import java.time.Instant;
import nl.veiligthuis.keten.wijkteam.zaak.Medewerker;
import org.axonframework.serialization.Revision;

/** Stored in wijkteam-service only; the published form carries neither aanduiding nor medewerker (D4). */
@Revision("1")
public record GezinslidGeregistreerd(String zaakId, @Sleutelhouder String gezinId, String gemeente, String lidId,
                                     GezinslidRol rol, String persoonId, @Persoonsgegeven String aanduiding,
                                     Medewerker medewerker, Instant geregistreerdOp) {
}
