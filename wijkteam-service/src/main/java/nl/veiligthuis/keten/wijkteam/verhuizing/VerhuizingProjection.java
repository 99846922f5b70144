package nl.veiligthuis.keten.wijkteam.verhuizing;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.veiligthuis.keten.platform.leesmodel.Leesmodel;
import nl.veiligthuis.keten.platform.leesmodel.Partitie;
import nl.veiligthuis.keten.platform.leesmodel.Rij;
import nl.veiligthuis.keten.platform.privacy.Leesmodelversleuteling;
import nl.veiligthuis.keten.platform.projectie.ProjectieDigest;
import nl.veiligthuis.keten.wijkteam.afsluiting.ZaakAfgesloten;
import nl.veiligthuis.keten.wijkteam.zaak.Medewerker;
import nl.veiligthuis.keten.wijkteam.zaak.Regisseur;
import nl.veiligthuis.keten.wijkteam.zaak.Signaal;
import nl.veiligthuis.keten.wijkteam.zaak.Signalering;
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
 * Issue 14 point 10: the moves per zaak, the signals while one waits or after a refusal, and the zaak's gemeente and
 * team in the overview once it moved, so the worklists, the steering figures and access follow the zaak.
 */
@Component
@ProcessingGroup(ZaakdossierDigest.GROEP)
public class VerhuizingProjection {

    /** The tables this projection writes; compared by a herbouw (R19). */
    static final List<String> TABELLEN = List.of("zaak_verhuizing");
    private static final List<Signaal> SIGNALEN = List.of(Signaal.VERHUIZING_WACHT_OP_ACCEPTATIE,
            Signaal.VERHUIZING_GEWEIGERD);

    @Bean
    static ProjectieDigest zaakdossierVerhuizing() {
        return ZaakdossierDigest.deel(TABELLEN);
    }

    private final JdbcClient jdbc;
    private final Leesmodel leesmodel;
    private final Signalering signalering;
    private final Leesmodelversleuteling versleuteling;

    public VerhuizingProjection(JdbcClient jdbc, Leesmodel leesmodel, Signalering signalering,
                                Leesmodelversleuteling versleuteling) {
        this.jdbc = jdbc;
        this.leesmodel = leesmodel;
        this.signalering = signalering;
        this.versleuteling = versleuteling;
    }

    @EventHandler
    void on(VerhuizingAangemeld event) {
        String gezinId = event.gezinId();
        Regisseur regisseur = event.regisseur();
        Medewerker medewerker = event.medewerker();
        verhuizingen(event.zaakId()).voegToe(Rij.leeg()
                .met("verhuizing_id", event.verhuizingId())
                .met("gezin_id", gezinId)
                .met("van_gemeente", event.vanGemeente())
                .met("van_team", event.vanTeam())
                .met("naar_gemeente", event.naarGemeente())
                .met("naar_team", event.naarTeam())
                .met("verhuisd_op", event.verhuisdOp())
                .met("toestemming", event.toestemming())
                .met("reden_zonder_toestemming", versleuteling.versleutel(gezinId, event.redenZonderToestemming()))
                .met("toelichting", versleuteling.versleutel(gezinId, event.toelichting()))
                .met("regisseur_naam", regisseur == null ? null : versleuteling.versleutel(gezinId, regisseur.naam()))
                .met("regisseur_telefoon", regisseur == null ? null
                        : versleuteling.versleutel(gezinId, regisseur.telefoon()))
                .met("regisseur_organisatie", regisseur == null ? null : regisseur.organisatie())
                .met("aangemeld_door", versleuteling.versleutel(gezinId, medewerker.naam()))
                .met("aangemeld_door_telefoon", versleuteling.versleutel(gezinId, medewerker.telefoon()))
                .met("aangemeld_op", event.aangemeldOp())
                .met("status", Verhuizingstatus.WACHT_OP_ACCEPTATIE));
        signalering.zet(event.zaakId(), Signaal.VERHUIZING_WACHT_OP_ACCEPTATIE, event.aangemeldOp());
        signalering.hefOp(event.zaakId(), Signaal.VERHUIZING_GEWEIGERD);
    }

    @EventHandler
    void on(ZaakVerhuisd event) {
        verhuizingen(event.zaakId()).wijzig(rij -> rij
                .met("status", Verhuizingstatus.OVERGENOMEN)
                .met("overgenomen_door_team", event.naarTeam())
                .met("warme_overdracht_op", event.warmeOverdrachtOp())
                .met("besloten_door", versleuteling.versleutel(event.gezinId(), event.medewerker().naam()))
                .met("besloten_op", event.overgedragenOp()), event.zaakId(), event.verhuizingId());
        leesmodel.partitie("zaak_overzicht", event.zaakId()).wijzig(zaak -> zaak
                .met("gemeente", event.naarGemeente())
                .met("team", event.naarTeam()), event.zaakId());
        signalering.hefOp(event.zaakId(), Signaal.VERHUIZING_WACHT_OP_ACCEPTATIE);
    }

    @EventHandler
    void on(VerhuizingGeweigerd event) {
        verhuizingen(event.zaakId()).wijzig(rij -> rij
                .met("status", Verhuizingstatus.GEWEIGERD)
                .met("reden_weigering", event.reden())
                .met("toelichting_weigering", versleuteling.versleutel(event.gezinId(), event.toelichting()))
                .met("besloten_door", versleuteling.versleutel(event.gezinId(), event.medewerker().naam()))
                .met("besloten_op", event.geweigerdOp()), event.zaakId(), event.verhuizingId());
        signalering.hefOp(event.zaakId(), Signaal.VERHUIZING_WACHT_OP_ACCEPTATIE);
        signalering.zet(event.zaakId(), Signaal.VERHUIZING_GEWEIGERD, event.geweigerdOp());
    }

    @EventHandler
    void on(VerhuizingIngetrokken event) {
        verhuizingen(event.zaakId()).wijzig(rij -> rij
                .met("status", Verhuizingstatus.INGETROKKEN)
                .met("toelichting_weigering", versleuteling.versleutel(event.gezinId(), event.toelichting()))
                .met("besloten_door", versleuteling.versleutel(event.gezinId(), event.medewerker().naam()))
                .met("besloten_op", event.ingetrokkenOp()), event.zaakId(), event.verhuizingId());
        signalering.hefOp(event.zaakId(), Signaal.VERHUIZING_WACHT_OP_ACCEPTATIE);
    }

    @EventHandler
    void on(ZaakTeruggemeld event) {
        vervalt(event.zaakId(), event.teruggemeldOp());
    }

    @EventHandler
    void on(ZaakAfgesloten event) {
        vervalt(event.zaakId(), event.afgeslotenOp());
    }

    /** A zaak that left the wijkteam lets its waiting move lapse, and asks nothing of the team any more. */
    private void vervalt(String zaakId, Instant op) {
        verhuizingen(zaakId).wijzigAlle(
                rij -> Verhuizingstatus.WACHT_OP_ACCEPTATIE.name().equals(rij.tekst("status")),
                rij -> rij.met("status", Verhuizingstatus.VERVALLEN).met("besloten_op", op));
        SIGNALEN.forEach(signaal -> signalering.hefOp(zaakId, signaal));
    }

    private Partitie verhuizingen(String zaakId) {
        return leesmodel.partitie("zaak_verhuizing", zaakId);
    }

    @ResetHandler
    void reset() {
        TABELLEN.forEach(tabel -> jdbc.sql("DELETE FROM " + tabel).update());
        signalering.vergeet(SIGNALEN);
    }

    @QueryHandler
    Optional<VerhuizingenVanZaak> handle(HaalVerhuizingenOp query) {
        boolean bekend = jdbc.sql("SELECT count(*) FROM zaak_overzicht WHERE zaak_id = ?").param(query.zaakId())
                .query(Long.class).single() > 0;
        if (!bekend) {
            return Optional.empty();
        }
        return Optional.of(new VerhuizingenVanZaak(query.zaakId(), jdbc.sql(
                        "SELECT * FROM zaak_verhuizing WHERE zaak_id = ? ORDER BY aangemeld_op DESC")
                .param(query.zaakId()).query((rs, row) -> overzicht(rs)).list()));
    }

    /**
     * With a team (a token naming one, issue 13 point 2): the moves its own zaken announced, and the incoming ones
     * asked of it or of no team in particular.
     */
    @QueryHandler
    WachtendeVerhuizingen handle(ZoekWachtendeVerhuizingen query) {
        String sql = "SELECT * FROM zaak_verhuizing WHERE lower(%s) = lower(:gemeente) AND status = :status"
                + " AND (CAST(:team AS VARCHAR) IS NULL OR %s) ORDER BY aangemeld_op";
        return new WachtendeVerhuizingen(query.gemeente(),
                wachtend(sql.formatted("naar_gemeente", "naar_team IS NULL OR lower(naar_team) = lower(:team)"),
                        query),
                wachtend(sql.formatted("van_gemeente", "lower(van_team) = lower(:team)"), query));
    }

    private List<VerhuizingOverzicht> wachtend(String sql, ZoekWachtendeVerhuizingen query) {
        return jdbc.sql(sql).param("gemeente", query.gemeente())
                .param("status", Verhuizingstatus.WACHT_OP_ACCEPTATIE.name()).param("team", query.team())
                .query((rs, row) -> overzicht(rs)).list();
    }

    @QueryHandler
    Optional<String> handle(VindZaakVanVerhuizing query) {
        return jdbc.sql("SELECT zaak_id FROM zaak_verhuizing WHERE verhuizing_id = ?").param(query.verhuizingId())
                .query(String.class).optional();
    }

    private VerhuizingOverzicht overzicht(ResultSet rs) throws SQLException {
        String regisseurNaam = versleuteling.ontsleutel(rs.getString("regisseur_naam"));
        return new VerhuizingOverzicht(rs.getString("verhuizing_id"), rs.getString("zaak_id"), rs.getString("gezin_id"),
                rs.getString("van_gemeente"), rs.getString("van_team"), rs.getString("naar_gemeente"),
                rs.getString("naar_team"), rs.getObject("verhuisd_op", LocalDate.class),
                Toestemming.valueOf(rs.getString("toestemming")),
                versleuteling.ontsleutel(rs.getString("reden_zonder_toestemming")),
                versleuteling.ontsleutel(rs.getString("toelichting")),
                regisseurNaam == null ? null : new Regisseur(regisseurNaam,
                        versleuteling.ontsleutel(rs.getString("regisseur_telefoon")),
                        rs.getString("regisseur_organisatie")),
                versleuteling.ontsleutel(rs.getString("aangemeld_door")), moment(rs, "aangemeld_op"),
                Verhuizingstatus.valueOf(rs.getString("status")), rs.getString("overgenomen_door_team"),
                rs.getObject("warme_overdracht_op", LocalDate.class),
                rs.getString("reden_weigering") == null ? null : RedenWeigering.valueOf(rs.getString("reden_weigering")),
                versleuteling.ontsleutel(rs.getString("toelichting_weigering")),
                versleuteling.ontsleutel(rs.getString("besloten_door")), moment(rs, "besloten_op"));
    }

    private static Instant moment(ResultSet rs, String kolom) throws SQLException {
        Timestamp moment = rs.getTimestamp(kolom);
        return moment == null ? null : moment.toInstant();
    }
}
