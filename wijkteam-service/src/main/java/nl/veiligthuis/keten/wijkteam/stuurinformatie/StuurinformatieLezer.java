package nl.veiligthuis.keten.wijkteam.stuurinformatie;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.veiligthuis.keten.wijkteam.intake.Veiligheidsinstrument;
import nl.veiligthuis.keten.wijkteam.werkvoorraad.WerkvoorraadRepository;
import nl.veiligthuis.keten.wijkteam.werkvoorraad.WerkvoorraadZaak;
import nl.veiligthuis.keten.wijkteam.zaak.Signaal;
import nl.veiligthuis.keten.wijkteam.zaak.ZaakStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads the steering figures from the worklist (the open zaken with all their signals, derived ones included, so the
 * two never disagree) and, per open zaak, its terms and instruments from the feature read models.
 */
@Component
public class StuurinformatieLezer {

    private static final String OPEN = "z.status IN ('OVERDRACHT_ONTVANGEN', 'IN_BEHANDELING') "
            + "AND lower(z.gemeente) = lower(:gemeente)";

    private final WerkvoorraadRepository werkvoorraad;
    private final JdbcClient jdbc;
    private final Clock klok;

    StuurinformatieLezer(WerkvoorraadRepository werkvoorraad, JdbcClient jdbc, Clock klok) {
        this.werkvoorraad = werkvoorraad;
        this.jdbc = jdbc;
        this.klok = klok;
    }

    /** The gemeenten with an open zaak, for the metrics: one spelling each, as they are compared without capitals. */
    List<String> gemeenten() {
        return jdbc.sql("SELECT min(z.gemeente) FROM zaak_overzicht z WHERE z.status IN ('OVERDRACHT_ONTVANGEN', "
                        + "'IN_BEHANDELING') GROUP BY lower(z.gemeente) ORDER BY 1")
                .query(String.class).list();
    }

    public Stuurinformatie van(String gemeente, String team) {
        return van(gemeente, team, true);
    }

    /** Per team only, without decrypting a name: for the metrics, which carry none. */
    List<Stuurinformatie.PerTeam> perTeam(String gemeente) {
        return van(gemeente, null, false).teams();
    }

    private Stuurinformatie van(String gemeente, String team, boolean metNamen) {
        List<WerkvoorraadZaak> zaken = werkvoorraad.zaken(gemeente, team, metNamen);
        Map<String, Cijfers.Termijnen> termijnen = termijnen(gemeente);
        Map<String, Map<Veiligheidsinstrument, Integer>> instrumenten = instrumenten(gemeente);
        Function<List<WerkvoorraadZaak>, Cijfers> cijfers = deel -> cijfers(deel, termijnen, instrumenten);

        // teams are compared without capitals, as the worklist does; each is named by one stable spelling
        Map<String, List<WerkvoorraadZaak>> perTeam = zaken.stream().collect(Collectors.groupingBy(
                zaak -> Objects.toString(zaak.team(), "").toLowerCase(Locale.ROOT), TreeMap::new,
                Collectors.toList()));
        List<Stuurinformatie.PerTeam> teams = new ArrayList<>();
        perTeam.forEach((sleutel, deel) -> teams.add(new Stuurinformatie.PerTeam(sleutel.isEmpty() ? null
                : deel.stream().map(WerkvoorraadZaak::team).min(Comparator.naturalOrder()).orElseThrow(),
                cijfers.apply(deel))));
        Map<String, List<WerkvoorraadZaak>> perRegisseur = zaken.stream().filter(zaak -> zaak.regisseur() != null)
                .collect(Collectors.groupingBy(WerkvoorraadZaak::regisseur, TreeMap::new, Collectors.toList()));
        List<Stuurinformatie.PerCasusregisseur> regisseurs = new ArrayList<>();
        perRegisseur.forEach((naam, deel) -> regisseurs.add(new Stuurinformatie.PerCasusregisseur(naam,
                cijfers.apply(deel))));
        return new Stuurinformatie(gemeente, team, klok.instant(), cijfers.apply(zaken), teams, regisseurs);
    }

    private static Cijfers cijfers(List<WerkvoorraadZaak> zaken, Map<String, Cijfers.Termijnen> termijnen,
                                   Map<String, Map<Veiligheidsinstrument, Integer>> instrumenten) {
        Map<Signaal, Integer> signalen = new EnumMap<>(Signaal.class);
        Map<Veiligheidsinstrument, Integer> gebruikt = new EnumMap<>(Veiligheidsinstrument.class);
        Cijfers.Termijnen som = Cijfers.Termijnen.GEEN;
        for (WerkvoorraadZaak zaak : zaken) {
            zaak.signalen().forEach(signaal -> signalen.merge(signaal, 1, Integer::sum));
            instrumenten.getOrDefault(zaak.zaakId(), Map.of()).forEach((instrument, aantal) ->
                    gebruikt.merge(instrument, aantal, Integer::sum));
            som = som.plus(termijnen.getOrDefault(zaak.zaakId(), Cijfers.Termijnen.GEEN));
        }
        int wachtend = (int) zaken.stream().filter(zaak -> zaak.status() == ZaakStatus.OVERDRACHT_ONTVANGEN).count();
        int zonderRegisseur = signalen.getOrDefault(Signaal.GEEN_REGISSEUR, 0);
        return new Cijfers(zaken.size(), wachtend, zonderRegisseur, signalen,
                som, gebruikt);
    }

    private Map<String, Cijfers.Termijnen> termijnen(String gemeente) {
        Map<String, Cijfers.Termijnen> perZaak = new HashMap<>();
        jdbc.sql("""
                        SELECT z.zaak_id,
                          (SELECT count(*) FROM procesbespreking p WHERE p.zaak_id = z.zaak_id AND p.op_tijd) AS p_op_tijd,
                          (SELECT count(*) FROM procesbespreking p WHERE p.zaak_id = z.zaak_id
                             AND p.gehouden_op IS NOT NULL AND NOT p.op_tijd) AS p_te_laat,
                          (SELECT count(*) FROM procesbespreking p WHERE p.zaak_id = z.zaak_id
                             AND p.gehouden_op IS NULL AND p.verstreken_op IS NOT NULL) AS p_verstreken,
                          (SELECT count(*) FROM veiligheidsplan_evaluatie e WHERE e.zaak_id = z.zaak_id
                             AND e.op_tijd) AS e_op_tijd,
                          (SELECT count(*) FROM veiligheidsplan_evaluatie e WHERE e.zaak_id = z.zaak_id
                             AND NOT e.op_tijd) AS e_te_laat,
                          (SELECT count(*) FROM veiligheidsplan_gemiste_evaluatie g WHERE g.zaak_id = z.zaak_id)
                             AS e_gemist
                        FROM zaak_overzicht z WHERE %s""".formatted(OPEN))
                .param("gemeente", gemeente)
                .query((rs, row) -> Map.entry(rs.getString("zaak_id"), new Cijfers.Termijnen(rs.getInt("p_op_tijd"),
                        rs.getInt("p_te_laat"), rs.getInt("p_verstreken"), rs.getInt("e_op_tijd"),
                        rs.getInt("e_te_laat"), rs.getInt("e_gemist"))))
                .list()
                .forEach(e -> perZaak.put(e.getKey(), e.getValue()));
        return perZaak;
    }

    private Map<String, Map<Veiligheidsinstrument, Integer>> instrumenten(String gemeente) {
        Map<String, Map<Veiligheidsinstrument, Integer>> perZaak = new LinkedHashMap<>();
        jdbc.sql("""
                        SELECT i.zaak_id, i.instrument, count(*) AS aantal FROM intake_veiligheidsinschatting i
                        JOIN zaak_overzicht z ON z.zaak_id = i.zaak_id WHERE %s
                        GROUP BY i.zaak_id, i.instrument""".formatted(OPEN))
                .param("gemeente", gemeente)
                .query((rs, row) -> {
                    perZaak.computeIfAbsent(rs.getString("zaak_id"), id -> new EnumMap<>(Veiligheidsinstrument.class))
                            .put(Veiligheidsinstrument.valueOf(rs.getString("instrument")), rs.getInt("aantal"));
                    return null;
                })
                .list();
        return perZaak;
    }
}
