package nl.veiligthuis.keten.wijkteam.veiligheidsplan;

import static nl.veiligthuis.keten.wijkteam.veiligheidsplan.VeiligheidsplanProjection.JSON;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import nl.veiligthuis.keten.platform.privacy.Leesmodelversleuteling;
import nl.veiligthuis.keten.wijkteam.veiligheidsplan.VeiligheidsplanOverzicht.Beoordelingsstatus;
import nl.veiligthuis.keten.wijkteam.veiligheidsplan.VeiligheidsplanOverzicht.EerdereVersie;
import nl.veiligthuis.keten.wijkteam.veiligheidsplan.VeiligheidsplanOverzicht.Evaluatie;
import nl.veiligthuis.keten.wijkteam.veiligheidsplan.VeiligheidsplanOverzicht.GemisteEvaluatie;
import nl.veiligthuis.keten.wijkteam.veiligheidsplan.VeiligheidsplanOverzicht.Status;
import nl.veiligthuis.keten.wijkteam.zaak.Medewerker;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;

/** Reads the veiligheidsplan read model that {@link VeiligheidsplanProjection} writes. */
@Component
public class VeiligheidsplanRepository {

    private static final TypeReference<List<Afspraak>> AFSPRAKEN = new TypeReference<>() { };
    private static final TypeReference<List<KindOordeel>> OORDELEN = new TypeReference<>() { };
    private static final TypeReference<List<KindVergelijking>> VERGELIJKING = new TypeReference<>() { };

    private final JdbcClient jdbc;
    private final Leesmodelversleuteling versleuteling;

    public VeiligheidsplanRepository(JdbcClient jdbc, Leesmodelversleuteling versleuteling) {
        this.jdbc = jdbc;
        this.versleuteling = versleuteling;
    }

    /** The latest versie of the zaak's veiligheidsplan with its history; empty when it has none. */
    public Optional<VeiligheidsplanOverzicht> huidig(String zaakId) {
        List<EerdereVersie> eerdere = jdbc.sql("""
                SELECT * FROM veiligheidsplan_versie WHERE zaak_id = ? ORDER BY versie DESC""")
                .param(zaakId)
                .query((rs, row) -> new EerdereVersie(rs.getInt("versie"), Status.valueOf(rs.getString("status")),
                        Dreiging.valueOf(rs.getString("ernst")), moment(rs, "opgesteld_op"),
                        moment(rs, "eindigt_op"), Beoordelingsstatus.valueOf(rs.getString("beoordeling")),
                        versleuteling.ontsleutel(rs.getString("opmerkingen"))))
                .list();
        if (eerdere.isEmpty()) {
            return Optional.empty();
        }
        List<Evaluatie> evaluaties = jdbc.sql("""
                SELECT * FROM veiligheidsplan_evaluatie WHERE zaak_id = ? ORDER BY volgnummer""")
                .param(zaakId)
                .query((rs, row) -> new Evaluatie(rs.getInt("versie"),
                        JSON.readValue(rs.getString("vergelijking"), VERGELIJKING),
                        rs.getBoolean("afspraken_nagekomen"), versleuteling.ontsleutel(rs.getString("maatregelen")),
                        moment(rs, "geevalueerd_op"), moment(rs, "volgende_evaluatie_op"), rs.getBoolean("op_tijd"),
                        versleuteling.ontsleutel(rs.getString("medewerker_naam"))))
                .list();
        List<GemisteEvaluatie> gemist = jdbc.sql("""
                SELECT * FROM veiligheidsplan_gemiste_evaluatie WHERE zaak_id = ? ORDER BY versie, gepland_op""")
                .param(zaakId)
                .query((rs, row) -> new GemisteEvaluatie(rs.getInt("versie"), moment(rs, "gepland_op"),
                        moment(rs, "vastgesteld_op")))
                .list();
        return jdbc.sql("SELECT * FROM veiligheidsplan_versie WHERE zaak_id = ? AND versie = ?")
                .params(zaakId, eerdere.get(0).versie())
                .query((rs, row) -> overzicht(rs, evaluaties, gemist, eerdere.subList(1, eerdere.size())))
                .optional();
    }

    private VeiligheidsplanOverzicht overzicht(ResultSet rs, List<Evaluatie> evaluaties,
                                               List<GemisteEvaluatie> gemist, List<EerdereVersie> eerdere)
            throws SQLException {
        String reden = rs.getString("reden_beeindiging");
        return new VeiligheidsplanOverzicht(rs.getString("zaak_id"), rs.getInt("versie"),
                Status.valueOf(rs.getString("status")), Beoordelingsstatus.valueOf(rs.getString("beoordeling")),
                versleuteling.ontsleutel(rs.getString("opmerkingen")), moment(rs, "beoordeeld_op"),
                versleuteling.ontsleutel(rs.getString("teamleider_naam")), Dreiging.valueOf(rs.getString("ernst")),
                JSON.readValue(versleuteling.ontsleutel(rs.getString("afspraken"), "[]"), AFSPRAKEN),
                versleuteling.ontsleutel(rs.getString("maatregelen")),
                JSON.readValue(versleuteling.ontsleutel(rs.getString("startsituatie"), "[]"), OORDELEN),
                moment(rs, "opgesteld_op"), moment(rs, "eindigt_op"), moment(rs, "volgende_evaluatie_op"),
                new Medewerker(versleuteling.ontsleutel(rs.getString("medewerker_naam")),
                        versleuteling.ontsleutel(rs.getString("medewerker_telefoon"))),
                moment(rs, "verlopen_op"), moment(rs, "beeindigd_op"),
                reden == null ? null : RedenBeeindiging.valueOf(reden), evaluaties, gemist, eerdere);
    }

    private static Instant moment(ResultSet rs, String kolom) throws SQLException {
        Timestamp moment = rs.getTimestamp(kolom);
        return moment == null ? null : moment.toInstant();
    }
}
