package nl.veiligthuis.keten.wijkteam.intake;

import nl.veiligthuis.keten.platform.web.Pseudoniem;
import nl.veiligthuis.keten.wijkteam.zaak.Medewerker;
import nl.veiligthuis.keten.wijkteam.zaak.MedewerkerRequest;

/** Shared pieces of the intake's request bodies. */
final class Velden {

    static final String UUID = Pseudoniem.VORM;
    static final int MAX_TEKST = 10_000;

    private Velden() {
    }

    static Medewerker medewerker(MedewerkerRequest request) {
        return request.medewerker();
    }
}
