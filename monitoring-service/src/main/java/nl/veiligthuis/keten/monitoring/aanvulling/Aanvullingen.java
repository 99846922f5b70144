package nl.veiligthuis.keten.monitoring.aanvulling;

import java.util.List;
import nl.veiligthuis.keten.platform.privacy.Leesmodelversleuteling;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads a gezin's aanvullingen from the read model, their text decrypted ({@code [gewist]} after an erasure). */
@Component
class Aanvullingen {

    private final JdbcClient jdbc;
    private final Leesmodelversleuteling versleuteling;

    Aanvullingen(JdbcClient jdbc, Leesmodelversleuteling versleuteling) {
        this.jdbc = jdbc;
        this.versleuteling = versleuteling;
    }

    List<AanvullingOverzicht> vanGezin(String gezinId) {
        return jdbc.sql("""
                SELECT aanvulling_id, soort, persoon_id, betreft_object, betreft_gegeven, tekst, toegevoegd_op,
                    organisatie, rol
                FROM dossier_aanvulling WHERE gezin_id = ? ORDER BY toegevoegd_op, aanvulling_id""")
                .param(gezinId)
                .query((rij, nummer) -> new AanvullingOverzicht(rij.getString("aanvulling_id"),
                        Soort.valueOf(rij.getString("soort")), rij.getString("persoon_id"),
                        rij.getString("betreft_object") == null ? null
                                : new Betreft(rij.getString("betreft_object"), rij.getString("betreft_gegeven")),
                        versleuteling.ontsleutel(rij.getString("tekst")),
                        rij.getTimestamp("toegevoegd_op").toInstant(),
                        rij.getString("organisatie") == null ? null : new AanvullingOverzicht.ToegevoegdDoor(
                                rij.getString("organisatie"), rij.getString("rol"))))
                .list();
    }
}
