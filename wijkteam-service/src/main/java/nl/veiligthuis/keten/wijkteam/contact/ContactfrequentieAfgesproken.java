package nl.veiligthuis.keten.wijkteam.contact;

import java.time.Instant;
import nl.veiligthuis.keten.platform.privacy.Persoonsgegeven;
import nl.veiligthuis.keten.platform.privacy.Sleutelhouder;
import nl.veiligthuis.keten.wijkteam.zaak.Medewerker;
import org.axonframework.serialization.Revision;

/** Issue 14 point 6: the frequency agreed for the zaak replaces the default and any earlier agreement. */
@Revision("1")
public record ContactfrequentieAfgesproken(String zaakId, @Sleutelhouder String gezinId, String gemeente, int dagen,
                                           @Persoonsgegeven String reden, Medewerker medewerker,
                                           Instant afgesprokenOp) {
}
