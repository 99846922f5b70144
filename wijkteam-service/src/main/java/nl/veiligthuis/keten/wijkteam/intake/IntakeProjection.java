package nl.veiligthuis.keten.wijkteam.intake;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.veiligthuis.keten.platform.projectie.ProjectieDigest;
import nl.veiligthuis.keten.wijkteam.afsluiting.ZaakAfgesloten;
import nl.veiligthuis.keten.wijkteam.veiligheidsplan.VeiligheidsplanGeevalueerd;
import nl.veiligthuis.keten.wijkteam.zaak.Medewerker;
import nl.veiligthuis.keten.wijkteam.zaak.OverdrachtGeaccepteerd;
import nl.veiligthuis.keten.wijkteam.zaak.Signaal;
import nl.veiligthuis.keten.wijkteam.zaak.Signalering;
import nl.veiligthuis.keten.wijkteam.zaak.Veiligheidsoordeel;
import nl.veiligthuis.keten.wijkteam.zaak.ZaakTeruggemeld;
import nl.veiligthuis.keten.wijkteam.zaak.ZaakdossierDigest;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The intake per zaak (R11), the number of children judged unsafe on the zaak overview, and the intake's signals.
 * After every event the signals of that zaak are derived again from these tables, so handling an event twice or
 * replaying them all gives the same result.
 */
@Component
@ProcessingGroup(ZaakdossierDigest.GROEP)
public class IntakeProjection {

    /** The tables this projection writes, in the order its reset empties them; compared by a herbouw (R19). */
    static final List<String> TABELLEN = List.of("intake_zaak", "intake_gezinslid", "intake_gesprek",
            "intake_veiligheidsinschatting", "intake_evaluatieoordeel", "intake_zrm", "intake_leefgebiedenanalyse");

    @Bean
    static ProjectieDigest zaakdossierIntake() {
        return ZaakdossierDigest.deel(TABELLEN);
    }

    static final List<Signaal> SIGNALEN = List.of(Signaal.GEEN_GEZINSLEDEN, Signaal.GESPREK_ONTBREEKT,
            Signaal.KIND_NIET_GESPROKEN, Signaal.KIND_ZONDER_VEILIGHEIDSINSCHATTING, Signaal.ZRM_START_ONTBREEKT);

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<Map<ZrmDomein, Integer>> SCORES = new TypeReference<>() {
    };
    private static final TypeReference<Map<Leefgebied, String>> BEVINDINGEN = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final Signalering signalering;

    public IntakeProjection(JdbcClient jdbc, Signalering signalering) {
        this.jdbc = jdbc;
        this.signalering = signalering;
    }

    @EventHandler
    void on(OverdrachtGeaccepteerd event) {
        inBehandeling(event.zaakId(), true);
        herbereken(event.zaakId(), event.geaccepteerdOp());
    }

    @EventHandler
    void on(ZaakTeruggemeld event) {
        inBehandeling(event.zaakId(), false);
        herbereken(event.zaakId(), event.teruggemeldOp());
    }

    @EventHandler
    void on(ZaakAfgesloten event) {
        inBehandeling(event.zaakId(), false);
        herbereken(event.zaakId(), event.afgeslotenOp());
    }

    /** R13: the children's judgement at an evaluation of the veiligheidsplan is their current oordeel. */
    @EventHandler
    void on(VeiligheidsplanGeevalueerd event, @SequenceNumber long volgnummer) {
        event.vergelijking().forEach(kind -> jdbc.sql("""
                        INSERT INTO intake_evaluatieoordeel (zaak_id, volgnummer, lid_id, oordeel) VALUES (?, ?, ?, ?)
                        ON CONFLICT DO NOTHING""")
                .params(event.zaakId(), volgnummer, kind.lidId(), kind.huidigOordeel().name())
                .update());
        herbereken(event.zaakId(), event.geevalueerdOp());
    }

    @EventHandler
    void on(GezinslidGeregistreerd event) {
        jdbc.sql("""
                INSERT INTO intake_gezinslid (zaak_id, lid_id, rol, persoon_id, aanduiding, geregistreerd_op)
                VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (zaak_id, lid_id) DO NOTHING""")
                .params(event.zaakId(), event.lidId(), event.rol().name(), event.persoonId(), event.aanduiding(),
                        Timestamp.from(event.geregistreerdOp()))
                .update();
        herbereken(event.zaakId(), event.geregistreerdOp());
    }

    @EventHandler
    void on(GesprekVastgelegd event, @SequenceNumber long volgnummer) {
        jdbc.sql("""
                INSERT INTO intake_gesprek (zaak_id, volgnummer, lid_id, gesproken, gevoerd_op, reden_niet_gesproken,
                    toelichting, medewerker_naam, medewerker_telefoon, vastgelegd_op)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (zaak_id, volgnummer) DO NOTHING""")
                .params(event.zaakId(), volgnummer, event.lidId(), event.gesproken(), datum(event.gevoerdOp()),
                        event.redenNietGesproken() == null ? null : event.redenNietGesproken().name(),
                        event.toelichting(), naam(event.medewerker()), telefoon(event.medewerker()),
                        Timestamp.from(event.vastgelegdOp()))
                .update();
        herbereken(event.zaakId(), event.vastgelegdOp());
    }

    @EventHandler
    void on(VeiligheidsinschattingVastgelegd event, @SequenceNumber long volgnummer) {
        jdbc.sql("""
                INSERT INTO intake_veiligheidsinschatting (zaak_id, volgnummer, lid_id, instrument, oordeel,
                    onderbouwing, medewerker_naam, medewerker_telefoon, vastgelegd_op)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (zaak_id, volgnummer) DO NOTHING""")
                .params(event.zaakId(), volgnummer, event.lidId(), event.instrument().name(), event.oordeel().name(),
                        event.onderbouwing(), naam(event.medewerker()), telefoon(event.medewerker()),
                        Timestamp.from(event.vastgelegdOp()))
                .update();
        herbereken(event.zaakId(), event.vastgelegdOp());
    }

    /** A later ZRM for the same lid and moment replaces the earlier one; an older event never overwrites a newer. */
    @EventHandler
    void on(ZrmVastgelegd event, @SequenceNumber long volgnummer) {
        jdbc.sql("""
                INSERT INTO intake_zrm (zaak_id, lid_id, moment, volgnummer, scores, peildatum, medewerker_naam,
                    medewerker_telefoon, vastgelegd_op)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (zaak_id, lid_id, moment) DO UPDATE SET volgnummer = EXCLUDED.volgnummer,
                    scores = EXCLUDED.scores, peildatum = EXCLUDED.peildatum,
                    medewerker_naam = EXCLUDED.medewerker_naam, medewerker_telefoon = EXCLUDED.medewerker_telefoon,
                    vastgelegd_op = EXCLUDED.vastgelegd_op
                WHERE intake_zrm.volgnummer < EXCLUDED.volgnummer""")
                .params(event.zaakId(), event.lidId(), event.moment().name(), volgnummer,
                        JSON.writeValueAsString(new EnumMap<>(event.scores())), datum(event.peildatum()),
                        naam(event.medewerker()), telefoon(event.medewerker()), Timestamp.from(event.vastgelegdOp()))
                .update();
        herbereken(event.zaakId(), event.vastgelegdOp());
    }

    @EventHandler
    void on(LeefgebiedenanalyseVastgelegd event, @SequenceNumber long volgnummer) {
        jdbc.sql("""
                INSERT INTO intake_leefgebiedenanalyse (zaak_id, volgnummer, bevindingen, medewerker_naam,
                    medewerker_telefoon, vastgelegd_op)
                VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT (zaak_id) DO UPDATE SET volgnummer = EXCLUDED.volgnummer,
                    bevindingen = EXCLUDED.bevindingen, medewerker_naam = EXCLUDED.medewerker_naam,
                    medewerker_telefoon = EXCLUDED.medewerker_telefoon, vastgelegd_op = EXCLUDED.vastgelegd_op
                WHERE intake_leefgebiedenanalyse.volgnummer < EXCLUDED.volgnummer""")
                .params(event.zaakId(), volgnummer, JSON.writeValueAsString(new EnumMap<>(event.bevindingen())),
                        naam(event.medewerker()), telefoon(event.medewerker()), Timestamp.from(event.vastgelegdOp()))
                .update();
        herbereken(event.zaakId(), event.vastgelegdOp());
    }

    @ResetHandler
    void reset() {
        TABELLEN.forEach(tabel -> jdbc.sql("DELETE FROM " + tabel).update());
        jdbc.sql("UPDATE zaak_overzicht SET onveilige_kinderen = 0").update();
        signalering.vergeet(SIGNALEN);
    }

    @QueryHandler
    Optional<IntakeOverzicht> handle(HaalIntakeOp query) {
        String zaakId = query.zaakId();
        boolean bekend = jdbc.sql("SELECT count(*) FROM zaak_overzicht WHERE zaak_id = ?").param(zaakId)
                .query(Long.class).single() > 0;
        if (!bekend) {
            return Optional.empty();
        }
        List<GezinslidOverzicht> leden = jdbc.sql(
                        "SELECT * FROM intake_gezinslid WHERE zaak_id = ? ORDER BY geregistreerd_op, lid_id")
                .param(zaakId)
                .query((rs, row) -> new GezinslidOverzicht(rs.getString("lid_id"),
                        GezinslidRol.valueOf(rs.getString("rol")), rs.getString("persoon_id"),
                        rs.getString("aanduiding"), rs.getTimestamp("geregistreerd_op").toInstant(), null, List.of(),
                        null, null))
                .list().stream().map(lid -> metGegevens(zaakId, lid)).toList();
        LeefgebiedenanalyseOverzicht analyse = jdbc.sql("SELECT * FROM intake_leefgebiedenanalyse WHERE zaak_id = ?")
                .param(zaakId)
                .query((rs, row) -> new LeefgebiedenanalyseOverzicht(
                        new EnumMap<>(JSON.readValue(rs.getString("bevindingen"), BEVINDINGEN)), medewerker(rs),
                        rs.getTimestamp("vastgelegd_op").toInstant()))
                .optional().orElse(null);
        List<Signaal> signalen = jdbc.sql("SELECT signaal FROM zaak_signaal WHERE zaak_id = ?").param(zaakId)
                .query((rs, row) -> Signaal.valueOf(rs.getString("signaal"))).list().stream()
                .filter(SIGNALEN::contains).sorted().toList();
        return Optional.of(new IntakeOverzicht(zaakId, leden, analyse, signalen));
    }

    private GezinslidOverzicht metGegevens(String zaakId, GezinslidOverzicht lid) {
        GesprekOverzicht gesprek = jdbc.sql("""
                        SELECT * FROM intake_gesprek WHERE zaak_id = ? AND lid_id = ?
                        ORDER BY volgnummer DESC LIMIT 1""")
                .params(zaakId, lid.lidId())
                .query((rs, row) -> new GesprekOverzicht(rs.getBoolean("gesproken"), datum(rs, "gevoerd_op"),
                        rs.getString("reden_niet_gesproken") == null ? null
                                : RedenNietGesproken.valueOf(rs.getString("reden_niet_gesproken")),
                        rs.getString("toelichting"), medewerker(rs), rs.getTimestamp("vastgelegd_op").toInstant()))
                .optional().orElse(null);
        List<VeiligheidsinschattingOverzicht> inschattingen = jdbc.sql("""
                        SELECT * FROM intake_veiligheidsinschatting WHERE zaak_id = ? AND lid_id = ?
                        ORDER BY volgnummer""")
                .params(zaakId, lid.lidId())
                .query((rs, row) -> new VeiligheidsinschattingOverzicht(
                        Veiligheidsinstrument.valueOf(rs.getString("instrument")),
                        Veiligheidsoordeel.valueOf(rs.getString("oordeel")), rs.getString("onderbouwing"),
                        medewerker(rs), rs.getTimestamp("vastgelegd_op").toInstant()))
                .list();
        return new GezinslidOverzicht(lid.lidId(), lid.rol(), lid.persoonId(), lid.aanduiding(),
                lid.geregistreerdOp(), gesprek, inschattingen, zrm(zaakId, lid.lidId(), ZrmMoment.START),
                zrm(zaakId, lid.lidId(), ZrmMoment.EIND));
    }

    private ZrmOverzicht zrm(String zaakId, String lidId, ZrmMoment moment) {
        return jdbc.sql("SELECT * FROM intake_zrm WHERE zaak_id = ? AND lid_id = ? AND moment = ?")
                .params(zaakId, lidId, moment.name())
                .query((rs, row) -> new ZrmOverzicht(new EnumMap<>(JSON.readValue(rs.getString("scores"), SCORES)),
                        datum(rs, "peildatum"), medewerker(rs), rs.getTimestamp("vastgelegd_op").toInstant()))
                .optional().orElse(null);
    }

    private void inBehandeling(String zaakId, boolean inBehandeling) {
        jdbc.sql("""
                INSERT INTO intake_zaak (zaak_id, in_behandeling) VALUES (?, ?)
                ON CONFLICT (zaak_id) DO UPDATE SET in_behandeling = EXCLUDED.in_behandeling""")
                .params(zaakId, inBehandeling)
                .update();
    }

    /**
     * Derives the zaak's intake signals and its number of unsafe children from the tables, as they are now: one query
     * for all the facts and one statement for the signals, since this runs on nearly every event of a zaak and a
     * replay pays each round trip once per event.
     */
    private void herbereken(String zaakId, Instant moment) {
        Feiten feiten = jdbc.sql("""
                SELECT coalesce((SELECT z.in_behandeling FROM intake_zaak z WHERE z.zaak_id = :zaak), false)
                           AS in_behandeling,
                       (SELECT o.onveilige_kinderen FROM zaak_overzicht o WHERE o.zaak_id = :zaak) AS getoond,
                       count(*) FILTER (WHERE l.rol = 'KIND' AND (SELECT v.oordeel FROM (
                               SELECT volgnummer, oordeel FROM intake_veiligheidsinschatting
                               WHERE zaak_id = l.zaak_id AND lid_id = l.lid_id
                               UNION ALL
                               SELECT volgnummer, oordeel FROM intake_evaluatieoordeel
                               WHERE zaak_id = l.zaak_id AND lid_id = l.lid_id) v
                           ORDER BY v.volgnummer DESC LIMIT 1) = 'ONVEILIG') AS onveilig,
                       count(*) AS leden,
                       count(*) FILTER (WHERE NOT EXISTS (SELECT 1 FROM intake_gesprek g
                           WHERE g.zaak_id = l.zaak_id AND g.lid_id = l.lid_id)) AS zonder_gesprek,
                       count(*) FILTER (WHERE l.rol = 'KIND' AND NOT coalesce((SELECT g.gesproken FROM intake_gesprek g
                           WHERE g.zaak_id = l.zaak_id AND g.lid_id = l.lid_id
                           ORDER BY g.volgnummer DESC LIMIT 1), false)) AS kind_niet_gesproken,
                       count(*) FILTER (WHERE l.rol = 'KIND' AND NOT EXISTS (SELECT 1 FROM intake_veiligheidsinschatting v
                           WHERE v.zaak_id = l.zaak_id AND v.lid_id = l.lid_id)) AS kind_zonder_inschatting,
                       EXISTS (SELECT 1 FROM intake_zrm r WHERE r.zaak_id = :zaak AND r.moment = 'START') AS zrm_start
                FROM intake_gezinslid l WHERE l.zaak_id = :zaak""")
                .param("zaak", zaakId)
                .query((rs, rij) -> new Feiten(rs.getBoolean("in_behandeling"), rs.getObject("getoond", Integer.class),
                        rs.getInt("onveilig"), rs.getLong("leden"), rs.getLong("zonder_gesprek"),
                        rs.getLong("kind_niet_gesproken"), rs.getLong("kind_zonder_inschatting"),
                        rs.getBoolean("zrm_start")))
                .single();
        if (feiten.getoond() != null && feiten.getoond() != feiten.onveilig()) {
            jdbc.sql("UPDATE zaak_overzicht SET onveilige_kinderen = ? WHERE zaak_id = ?")
                    .params(feiten.onveilig(), zaakId)
                    .update();
        }
        boolean actief = feiten.inBehandeling();
        Map<Signaal, Boolean> signalen = new EnumMap<>(Signaal.class);
        signalen.put(Signaal.GEEN_GEZINSLEDEN, actief && feiten.leden() == 0);
        signalen.put(Signaal.GESPREK_ONTBREEKT, actief && feiten.zonderGesprek() > 0);
        signalen.put(Signaal.KIND_NIET_GESPROKEN, actief && feiten.kindNietGesproken() > 0);
        signalen.put(Signaal.KIND_ZONDER_VEILIGHEIDSINSCHATTING, actief && feiten.kindZonderInschatting() > 0);
        signalen.put(Signaal.ZRM_START_ONTBREEKT, actief && !feiten.zrmStart());
        signalering.stel(zaakId, signalen, moment);
    }

    /** What the intake's signals and the overview's count of unsafe children follow from, for one zaak. */
    private record Feiten(boolean inBehandeling, Integer getoond, int onveilig, long leden, long zonderGesprek,
                          long kindNietGesproken, long kindZonderInschatting, boolean zrmStart) {
    }

    private static Medewerker medewerker(ResultSet rs) throws SQLException {
        String naam = rs.getString("medewerker_naam");
        return naam == null ? null : new Medewerker(naam, rs.getString("medewerker_telefoon"));
    }

    private static String naam(Medewerker medewerker) {
        return medewerker == null ? null : medewerker.naam();
    }

    private static String telefoon(Medewerker medewerker) {
        return medewerker == null ? null : medewerker.telefoon();
    }

    private static Date datum(LocalDate datum) {
        return datum == null ? null : Date.valueOf(datum);
    }

    private static LocalDate datum(ResultSet rs, String kolom) throws SQLException {
        Date datum = rs.getDate(kolom);
        return datum == null ? null : datum.toLocalDate();
    }
}
