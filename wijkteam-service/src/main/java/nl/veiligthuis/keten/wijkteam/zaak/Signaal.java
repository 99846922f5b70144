package nl.veiligthuis.keten.wijkteam.zaak;

import java.util.ArrayList;
import java.util.List;

/** Something about a zaak that asks for attention, as a code; derived from the read model at query time. */
public enum Signaal {

    /** R10: the zaak is in treatment and nobody holds the regie. */
    GEEN_REGISSEUR;

    static List<Signaal> van(ZaakStatus status, HuidigeRegisseur regisseur) {
        List<Signaal> signalen = new ArrayList<>();
        if (status == ZaakStatus.IN_BEHANDELING && regisseur == null) {
            signalen.add(GEEN_REGISSEUR);
        }
        return List.copyOf(signalen);
    }
}
