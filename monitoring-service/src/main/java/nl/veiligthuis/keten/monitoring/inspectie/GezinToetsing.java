package nl.veiligthuis.keten.monitoring.inspectie;

import java.time.Instant;
import java.util.List;

/** A gezin's history judged against the inspection framework as it was known at {@code bekendOp}. */
public record GezinToetsing(String gezinId, String regio, String gemeente, Instant bekendOp, long nietVoldaan,
                            List<Toetsing> toetsingen) {

    static GezinToetsing van(Gezinsdossier dossier, Instant bekendOp, List<Toetsing> toetsingen) {
        return new GezinToetsing(dossier.gezinId, dossier.regio, dossier.gemeente, bekendOp,
                toetsingen.stream().filter(t -> t.uitkomst() == Uitkomst.NIET_VOLDAAN).count(), toetsingen);
    }
}
