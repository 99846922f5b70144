package nl.veiligthuis.keten.monitoring.aanvulling;

import java.util.Arrays;
import java.util.List;
import nl.veiligthuis.keten.platform.beveiliging.Beller;
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

    /**
     * Whether the caller's organisation (and team) works with the gezin by the chain's own events (a melding in its
     * regio, a zaak it accepted), not only by a registration of its own (R18): what a gezinslid says about the record
     * is for those who keep it.
     */
    boolean betrokkenDoorKeten(Beller beller, String gezinId) {
        List<String[]> teams = jdbc.sql("""
                SELECT teams FROM ketenbetrokkenheid WHERE gezin_id = ? AND lower(organisatie) = lower(?)""")
                .params(gezinId, beller.organisatie())
                .query((rij, nummer) -> (String[]) rij.getArray("teams").getArray())
                .list();
        return !teams.isEmpty() && (beller.team() == null || teams.stream()
                .anyMatch(rij -> rij.length == 0 || Arrays.stream(rij).anyMatch(beller::isVanTeam)));
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
