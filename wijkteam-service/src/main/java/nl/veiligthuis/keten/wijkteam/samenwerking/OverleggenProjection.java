package nl.veiligthuis.keten.wijkteam.samenwerking;

import static nl.veiligthuis.keten.platform.tijd.Klok.NEDERLAND;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.veiligthuis.keten.platform.leesmodel.Leesmodel;
import nl.veiligthuis.keten.platform.leesmodel.Partitie;
import nl.veiligthuis.keten.platform.leesmodel.Rij;
import nl.veiligthuis.keten.platform.privacy.Leesmodelversleuteling;
import nl.veiligthuis.keten.platform.projectie.ProjectieDigest;
import nl.veiligthuis.keten.wijkteam.afsluiting.ZaakAfgesloten;
import nl.veiligthuis.keten.wijkteam.gezinsregie.OverdrachtAfgesplitst;
import nl.veiligthuis.keten.wijkteam.gezinsregie.OverdrachtBijZaakGevoegd;
import nl.veiligthuis.keten.wijkteam.zaak.Medewerker;
import nl.veiligthuis.keten.wijkteam.zaak.Signaal;
import nl.veiligthuis.keten.wijkteam.zaak.Signalering;
import nl.veiligthuis.keten.wijkteam.zaak.ZaakStatus;
import nl.veiligthuis.keten.wijkteam.zaak.ZaakTeruggemeld;
import nl.veiligthuis.keten.wijkteam.zaak.ZaakdossierDigest;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Issue 14 point 11: the consultations per zaak with their tasks, and the signal that Veilig Thuis acted during the
 * open zaak (a further handover joined it) without a split of tasks recorded since. Keyed by the overleg id, so
 * handling an event twice changes nothing.
 */
@Component
@ProcessingGroup(ZaakdossierDigest.GROEP)
public class OverleggenProjection {

    /** The tables this projection writes, in the order its reset empties them; compared by a herbouw (R19). */
    static final List<String> TABELLEN = List.of("zaak_overleg_taak", "zaak_overleg", "zaak_taakverdeling_nodig");
    private static final Signaal ZONDER_TAAKVERDELING = Signaal.TAAKVERDELING_MET_VEILIG_THUIS_ONTBREEKT;

    @Bean
    static ProjectieDigest zaakdossierOverleggen() {
        return ZaakdossierDigest.deel(List.of("zaak_overleg", "zaak_taakverdeling_nodig")).tabel("zaak_overleg_taak", """
                (SELECT o.gezin_id FROM zaak_overleg g JOIN zaak_overzicht o ON o.zaak_id = g.zaak_id
                 WHERE g.overleg_id = t.overleg_id)""");
    }

    private final JdbcClient jdbc;
    private final Leesmodel leesmodel;
    private final Signalering signalering;
    private final Leesmodelversleuteling versleuteling;

    public OverleggenProjection(JdbcClient jdbc, Leesmodel leesmodel, Signalering signalering,
                                Leesmodelversleuteling versleuteling) {
        this.jdbc = jdbc;
        this.leesmodel = leesmodel;
        this.signalering = signalering;
        this.versleuteling = versleuteling;
    }

    /**
     * R10: Veilig Thuis sent a further handover for the gezin while this zaak is in treatment: agree who does what. A
     * handover that joins before the acceptance is taken in with the zaak itself.
     */
    @EventHandler
    void on(OverdrachtBijZaakGevoegd event) {
        boolean inBehandeling = leesmodel.partitie("zaak_overzicht", event.zaakId()).vind(event.zaakId())
                .map(zaak -> ZaakStatus.IN_BEHANDELING.name().equals(zaak.tekst("status"))).orElse(false);
        if (inBehandeling) {
            wachtend(event.zaakId()).voegToe(Rij.leeg()
                    .met("overdracht_id", event.overdrachtId())
                    .met("gevoegd_op", event.gevoegdOp()));
            herbereken(event.zaakId());
        }
    }

    /** A handover split off to a zaak of its own is no act of Veilig Thuis on this zaak any more. */
    @EventHandler
    void on(OverdrachtAfgesplitst event) {
        wachtend(event.zaakId()).verwijder(event.zaakId(), event.overdrachtId());
        herbereken(event.zaakId());
    }

    @EventHandler
    void on(OverlegVastgelegd event) {
        String gezinId = event.gezinId();
        Medewerker medewerker = event.medewerker();
        leesmodel.partitie("zaak_overleg", event.overlegId()).voegToe(Rij.leeg()
                .met("zaak_id", event.zaakId())
                .met("soort", event.soort())
                .met("op", event.op())
                .met("deelnemers", event.deelnemers().stream().map(Enum::name).collect(Collectors.joining(",")))
                .met("conclusie", versleuteling.versleutel(gezinId, event.conclusie()))
                .met("medewerker_naam", medewerker == null ? null : versleuteling.versleutel(gezinId, medewerker.naam()))
                .met("medewerker_telefoon", medewerker == null ? null
                        : versleuteling.versleutel(gezinId, medewerker.telefoon()))
                .met("vastgelegd_op", event.vastgelegdOp()));
        Partitie taken = leesmodel.partitie("zaak_overleg_taak", event.overlegId());
        for (int i = 0; i < event.taken().size(); i++) {
            Taak taak = event.taken().get(i);
            taken.voegToe(Rij.leeg()
                    .met("volgnummer", i)
                    .met("omschrijving", versleuteling.versleutel(gezinId, taak.omschrijving()))
                    .met("door", taak.door())
                    .met("uiterlijk", taak.uiterlijk()));
        }
        if (!event.taken().isEmpty()) {
            // an overleg held on or after the day a handover joined answers it
            wachtend(event.zaakId()).verwijderAlle(rij ->
                    !LocalDate.ofInstant(rij.moment("gevoegd_op"), NEDERLAND).isAfter(event.op()));
            herbereken(event.zaakId());
        }
    }

    @EventHandler
    void on(ZaakTeruggemeld event) {
        wachtend(event.zaakId()).verwijderAlle(rij -> true);
        signalering.hefOp(event.zaakId(), ZONDER_TAAKVERDELING);
    }

    @EventHandler
    void on(ZaakAfgesloten event) {
        wachtend(event.zaakId()).verwijderAlle(rij -> true);
    }

    private void herbereken(String zaakId) {
        List<Rij> wachtend = wachtend(zaakId).rijen();
        Instant sinds = wachtend.stream().map(rij -> rij.moment("gevoegd_op")).min(Comparator.naturalOrder())
                .orElse(null);
        signalering.zetOfHefOp(zaakId, ZONDER_TAAKVERDELING, sinds != null, sinds);
    }

    private Partitie wachtend(String zaakId) {
        return leesmodel.partitie("zaak_taakverdeling_nodig", zaakId);
    }

    @ResetHandler
    void reset() {
        TABELLEN.forEach(tabel -> jdbc.sql("DELETE FROM " + tabel).update());
        signalering.vergeet(List.of(ZONDER_TAAKVERDELING));
    }

    @QueryHandler
    Optional<OverleggenVanZaak> handle(HaalOverleggenOp query) {
        boolean bekend = jdbc.sql("SELECT count(*) FROM zaak_overzicht WHERE zaak_id = ?").param(query.zaakId())
                .query(Long.class).single() > 0;
        if (!bekend) {
            return Optional.empty();
        }
        // the tasks of every overleg of the zaak in one query, not one per overleg
        Map<String, List<Taak>> takenPerOverleg = new HashMap<>();
        jdbc.sql("""
                        SELECT t.* FROM zaak_overleg_taak t JOIN zaak_overleg o ON o.overleg_id = t.overleg_id
                        WHERE o.zaak_id = ? ORDER BY t.overleg_id, t.volgnummer""")
                .param(query.zaakId())
                .query(taak -> {
                    Date uiterlijk = taak.getDate("uiterlijk");
                    takenPerOverleg.computeIfAbsent(taak.getString("overleg_id"), id -> new ArrayList<>())
                            .add(new Taak(versleuteling.ontsleutel(taak.getString("omschrijving")),
                                    Overlegpartij.valueOf(taak.getString("door")),
                                    uiterlijk == null ? null : uiterlijk.toLocalDate()));
                });
        List<OverleggenVanZaak.Overleg> overleggen = jdbc.sql(
                        "SELECT * FROM zaak_overleg WHERE zaak_id = ? ORDER BY op DESC, vastgelegd_op DESC")
                .param(query.zaakId())
                .query((rs, row) -> overleg(rs, takenPerOverleg.getOrDefault(rs.getString("overleg_id"), List.of())))
                .list();
        return Optional.of(new OverleggenVanZaak(query.zaakId(), overleggen));
    }

    private OverleggenVanZaak.Overleg overleg(ResultSet rs, List<Taak> taken) throws SQLException {
        String overlegId = rs.getString("overleg_id");
        String naam = versleuteling.ontsleutel(rs.getString("medewerker_naam"));
        return new OverleggenVanZaak.Overleg(overlegId, Overlegsoort.valueOf(rs.getString("soort")),
                rs.getDate("op").toLocalDate(), Arrays.stream(rs.getString("deelnemers").split(","))
                .map(Overlegpartij::valueOf).toList(), versleuteling.ontsleutel(rs.getString("conclusie")), taken,
                naam == null ? null : new Medewerker(naam, versleuteling.ontsleutel(rs.getString("medewerker_telefoon"))),
                rs.getTimestamp("vastgelegd_op").toInstant());
    }
}
