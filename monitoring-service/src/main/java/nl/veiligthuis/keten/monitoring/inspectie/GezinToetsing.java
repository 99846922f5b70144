package nl.veiligthuis.keten.monitoring.inspectie;

import java.time.Instant;
import java.util.List;

/**
 * A gezin's history judged against the inspection framework as it was known at {@code bekendOp}.
 *
 * @param meldingen the meldingen received about the gezin
 * @param mutaties  of which the police sent as a mutatie huiselijk geweld (issue 14 point 12, 002 §3.2)
 */
public record GezinToetsing(String gezinId, String regio, String gemeente, Instant bekendOp, long nietVoldaan,
                            List<Toetsing> toetsingen, int meldingen, int mutaties) {

    static final String MUTATIE = "MUTATIE_HUISELIJK_GEWELD";

    static GezinToetsing van(Gezinsdossier dossier, Instant bekendOp, List<Toetsing> toetsingen) {
        List<Gezinsdossier.Melding> ontvangen = dossier.meldingen.values().stream()
                .filter(melding -> melding.ontvangen != null).toList();
        return new GezinToetsing(dossier.gezinId, dossier.regio, dossier.gemeente, bekendOp,
                toetsingen.stream().filter(t -> t.uitkomst() == Uitkomst.NIET_VOLDAAN).count(), toetsingen,
                ontvangen.size(), (int) ontvangen.stream()
                        .filter(melding -> MUTATIE.equals(melding.ontvangen.tekst("politiemelding"))).count());
    }
}
