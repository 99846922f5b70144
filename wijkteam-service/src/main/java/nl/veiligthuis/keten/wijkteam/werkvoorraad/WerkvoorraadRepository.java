package nl.veiligthuis.keten.wijkteam.werkvoorraad;

import static nl.veiligthuis.keten.platform.tijd.Klok.NEDERLAND;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.veiligthuis.keten.platform.privacy.Leesmodelversleuteling;
import nl.veiligthuis.keten.wijkteam.contact.Contactritme;
import nl.veiligthuis.keten.wijkteam.nazorg.NazorgDoor;
import nl.veiligthuis.keten.wijkteam.zaak.Herbeoordeling;
import nl.veiligthuis.keten.wijkteam.zaak.HuidigeRegisseur;
import nl.veiligthuis.keten.wijkteam.zaak.Route;
import nl.veiligthuis.keten.wijkteam.zaak.Signaal;
import nl.veiligthuis.keten.wijkteam.zaak.ZaakOverzichtProjection;
import nl.veiligthuis.keten.wijkteam.zaak.ZaakStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads the worklists from the zaak read models: zaak_overzicht, the signals and terms the feature projections keep,
 * and the returns. A team's list also holds the gemeente's handovers no team has accepted yet, so an incoming zaak is
 * in front of every team until one takes it.
 */
@Repository
public class WerkvoorraadRepository {

    private static final String BINNEN = "lower(z.gemeente) = lower(:gemeente) AND (CAST(:team AS VARCHAR) IS NULL "
            + "OR lower(z.team) = lower(:team) OR z.team IS NULL)";


    private final JdbcClient jdbc;
    private final Leesmodelversleuteling versleuteling;
    private final Herbeoordeling herbeoordeling;
    private final Contactritme contactritme;
    private final Clock klok;

    WerkvoorraadRepository(JdbcClient jdbc, Leesmodelversleuteling versleuteling, Herbeoordeling herbeoordeling,
                           Contactritme contactritme, Clock klok) {
        this.jdbc = jdbc;
        this.versleuteling = versleuteling;
        this.herbeoordeling = herbeoordeling;
        this.contactritme = contactritme;
        this.klok = klok;
    }

    public Werkvoorraad van(String gemeente, String team) {
        List<TerugmeldingenGezin> perGezin = terugmeldingen(gemeente, team);
        return new Werkvoorraad(gemeente, team, zaken(gemeente, team, true, perGezin), perGezin,
                nazorg(gemeente, team));
    }

    /**
     * The open zaken only, as the worklist orders them. Without names (metNamen false) for figures that need none: a
     * casusregisseur's name is then not decrypted (one key per gezin), and {@code regisseur} is null; GEEN_REGISSEUR
     * still says who has none.
     */
    public List<WerkvoorraadZaak> zaken(String gemeente, String team, boolean metNamen) {
        return zaken(gemeente, team, metNamen, terugmeldingen(gemeente, team));
    }

    private List<TerugmeldingenGezin> terugmeldingen(String gemeente, String team) {
        return jdbc.sql("""
                        SELECT z.gezin_id, count(*) AS aantal, max(z.teruggemeld_op) AS laatste FROM zaak_overzicht z
                        WHERE z.status = 'TERUGGEMELD' AND %s
                        GROUP BY z.gezin_id ORDER BY aantal DESC, laatste DESC""".formatted(BINNEN))
                .param("gemeente", gemeente).param("team", team)
                .query((rs, row) -> new TerugmeldingenGezin(rs.getString("gezin_id"), rs.getInt("aantal"),
                        rs.getTimestamp("laatste").toInstant()))
                .list();
    }

    private List<WerkvoorraadZaak> zaken(String gemeente, String team, boolean metNamen,
                                         List<TerugmeldingenGezin> perGezin) {
        Map<String, List<Signaal>> signalen = new HashMap<>();
        jdbc.sql("SELECT s.zaak_id, s.signaal FROM zaak_signaal s JOIN zaak_overzicht z ON z.zaak_id = s.zaak_id "
                        + "WHERE " + BINNEN)
                .param("gemeente", gemeente).param("team", team)
                .query((rs, row) -> Map.entry(rs.getString("zaak_id"), Signaal.valueOf(rs.getString("signaal"))))
                .list()
                .forEach(e -> signalen.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        Map<String, Termijn> termijnen = new HashMap<>();
        jdbc.sql("SELECT DISTINCT ON (t.zaak_id) t.zaak_id, t.soort, t.uiterlijk FROM zaak_termijn t "
                        + "JOIN zaak_overzicht z ON z.zaak_id = t.zaak_id WHERE " + BINNEN
                        + " ORDER BY t.zaak_id, t.uiterlijk")
                .param("gemeente", gemeente).param("team", team)
                .query((rs, row) -> Map.entry(rs.getString("zaak_id"),
                        new Termijn(rs.getString("soort"), rs.getTimestamp("uiterlijk").toInstant())))
                .list()
                .forEach(e -> termijnen.put(e.getKey(), e.getValue()));
        Map<String, Integer> terugmeldingen = new HashMap<>();
        perGezin.forEach(t -> terugmeldingen.put(t.gezinId(), t.aantal()));
        List<WerkvoorraadZaak> zaken = jdbc.sql("SELECT * FROM zaak_overzicht z WHERE z.status IN "
                        + "('OVERDRACHT_ONTVANGEN', 'IN_BEHANDELING') AND " + BINNEN)
                .param("gemeente", gemeente).param("team", team)
                .query((rs, row) -> zaak(rs, signalen, termijnen, terugmeldingen, metNamen))
                .list();
        return zaken.stream()
                .sorted(Comparator.comparing((WerkvoorraadZaak z) -> z.volgendeTermijn() == null)
                        .thenComparing(z -> z.volgendeTermijn() == null ? null : z.volgendeTermijn().uiterlijk(),
                                Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(WerkvoorraadZaak::geopendOp)
                        .thenComparing(WerkvoorraadZaak::zaakId))
                .toList();
    }

    /** Issue 14 point 7: the lapsed nazorg first, then by its last day. */
    private List<NazorgZaak> nazorg(String gemeente, String team) {
        return jdbc.sql("""
                        SELECT * FROM zaak_overzicht z WHERE z.status = 'AFGESLOTEN' AND z.nazorg_tot IS NOT NULL
                        AND (z.nazorg_tot >= :vandaag
                             OR (z.nazorg_verlopen_op IS NOT NULL AND z.laatste_nazorgcontrole_op IS NULL))
                        AND %s
                        ORDER BY (z.nazorg_verlopen_op IS NOT NULL AND z.laatste_nazorgcontrole_op IS NULL) DESC,
                                 z.nazorg_tot, z.zaak_id""".formatted(BINNEN))
                .param("gemeente", gemeente).param("team", team)
                .param("vandaag", LocalDate.ofInstant(klok.instant(), NEDERLAND))
                .query((rs, row) -> new NazorgZaak(rs.getString("zaak_id"), rs.getString("gezin_id"),
                        rs.getString("team"), NazorgDoor.valueOf(rs.getString("nazorg_door")),
                        rs.getString("nazorg_organisatie"), rs.getDate("nazorg_tot").toLocalDate(),
                        rs.getDate("laatste_nazorgcontrole_op") == null ? null
                                : rs.getDate("laatste_nazorgcontrole_op").toLocalDate(),
                        rs.getTimestamp("nazorg_verlopen_op") != null
                                && rs.getDate("laatste_nazorgcontrole_op") == null))
                .list();
    }

    private WerkvoorraadZaak zaak(ResultSet rs, Map<String, List<Signaal>> signalen,
                                  Map<String, Termijn> termijnen, Map<String, Integer> terugmeldingen,
                                  boolean metNamen) throws SQLException {
        String zaakId = rs.getString("zaak_id");
        ZaakStatus status = ZaakStatus.valueOf(rs.getString("status"));
        String versleuteld = rs.getString("regisseur_naam");
        String regisseurNaam = metNamen ? versleuteling.ontsleutel(versleuteld) : null;
        HuidigeRegisseur regisseur = versleuteld == null ? null
                : new HuidigeRegisseur(regisseurNaam, null, rs.getString("regisseur_organisatie"), null);
        Timestamp oudsteOordeelOp = rs.getTimestamp("oudste_oordeel_op");
        List<Signaal> alle = new ArrayList<>(Signaal.afgeleid(status, regisseur, rs.getInt("onveilige_kinderen"),
                rs.getBoolean("veiligheidsplan_actief"),
                herbeoordeling.verouderd(oudsteOordeelOp == null ? null : oudsteOordeelOp.toInstant()),
                ZaakOverzichtProjection.contactAchterstallig(rs, contactritme)));
        alle.addAll(signalen.getOrDefault(zaakId, List.of()));
        Timestamp geopendOp = rs.getTimestamp("geopend_op");
        return new WerkvoorraadZaak(zaakId, rs.getString("gezin_id"), rs.getString("team"),
                Route.valueOf(rs.getString("route")), status, geopendOp.toInstant(), regisseurNaam,
                termijnen.get(zaakId), alle.stream().distinct().sorted().toList(),
                terugmeldingen.getOrDefault(rs.getString("gezin_id"), 0));
    }
}
