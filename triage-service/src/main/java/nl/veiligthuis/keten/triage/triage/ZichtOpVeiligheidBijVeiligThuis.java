package nl.veiligthuis.keten.triage.triage;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/** R2: from {@code sinds} VT holds zicht op veiligheid for the gezin of this melding. */
@Revision("1")
public record ZichtOpVeiligheidBijVeiligThuis(String meldingId, String gezinId, Instant sinds, Grond grond) {

    /**
     * Why VT holds it, after footnote 7 of the Kwaliteitskader Veilig Thuis: zicht op veiligheid, and R9: a zaak
     * the wijkteam returned comes back to VT.
     */
    public enum Grond { ACUUT_ONVEILIG, TRIAGE_AFGEROND, TRIAGETERMIJN_OVERSCHREDEN, ZAAK_TERUGGEMELD }
}
