package nl.veiligthuis.keten.triage.zicht;

import java.time.Instant;
import java.util.List;
import nl.veiligthuis.keten.platform.zicht.Zichthouder;
import nl.veiligthuis.keten.platform.zicht.Zichtregel;

/**
 * R2 and R9 per gezin. {@code houder}: {@code VEILIG_THUIS} while VT holds zicht op veiligheid for any of the
 * gezin's meldingen, else {@code WIJKTEAM} when a wijkteam accepted them, else null (nobody according to the chain:
 * e.g. a triage still within its term, or every zaak closed safely: a period {@code NIEMAND} with grond
 * {@code ZAAK_VEILIG_AFGESLOTEN}). {@code sinds}: since when that holder holds it without interruption.
 * {@code terugmeldingen}: how often wijkteams returned a zaak of this gezin to VT.
 */
public record ZichtOpVeiligheidView(String gezinId, String houder, Instant sinds, String grond,
                                    int terugmeldingen, List<Periode> geschiedenis) {

    public static final String VEILIG_THUIS = "VEILIG_THUIS";
    public static final String WIJKTEAM = "WIJKTEAM";
    public static final String NIEMAND = "NIEMAND";

    /** From {@code sinds} {@code houder} holds zicht op veiligheid for this melding; zaakId for a wijkteam. */
    public record Periode(String meldingId, String houder, Instant sinds, String grond, String zaakId) {
    }

    /** R2 by the chain's one rule (platform {@link Zichtregel}), which monitoring-service's toestand applies too. */
    private static final Zichtregel<Periode> REGEL = Zichtregel.van(Periode::meldingId,
            periode -> Zichthouder.valueOf(periode.houder()), Periode::sinds);

    static ZichtOpVeiligheidView van(String gezinId, List<Periode> geschiedenis, int terugmeldingen) {
        // geschiedenis is in the order the events happened: the last period of a melding is its current one
        return REGEL.beslissend(geschiedenis)
                .filter(periode -> !NIEMAND.equals(periode.houder()))
                .map(periode -> new ZichtOpVeiligheidView(gezinId, periode.houder(), periode.sinds(), periode.grond(),
                        terugmeldingen, geschiedenis))
                .orElseGet(() -> new ZichtOpVeiligheidView(gezinId, null, null, null, terugmeldingen, geschiedenis));
    }
}
