package nl.veiligthuis.keten.platform.toegangslog;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One access to the API (R20, NEN 7513): the event, its time, the user and on whose behalf, organisation and role,
 * the basis, the gezinnen and persons concerned and the objects touched. Ids only, never names: the gezin and person
 * ids are the chain's pseudonyms, the user is the token's pseudonymous subject.
 *
 * @param verwerking  the operation, e.g. {@code GET /api/v1/zaken/{zaakId}} (Logboek Dataverwerkingen's {@code name})
 * @param gebruiker   the token's subject, or for a delegated token ({@code act}) the acting party; absent without a
 *                    valid token
 * @param namens      on whose behalf the user acted: the subject of a delegated token
 * @param noodtoegang the reason given for emergency access, if that opened the object
 */
public record Toegangsregistratie(UUID registratieId, String traceId, String spanId, Instant begin, Instant einde,
                                  String dienst, String verwerking, Handeling handeling, Uitkomst uitkomst,
                                  int httpStatus, String gebruiker, String namens, String organisatie, String rol,
                                  String grondslag, String noodtoegang, List<String> gezinnen, List<String> personen,
                                  List<String> objecten) {

    public Toegangsregistratie {
        gezinnen = List.copyOf(gezinnen);
        personen = List.copyOf(personen);
        objecten = List.copyOf(objecten);
    }
}
