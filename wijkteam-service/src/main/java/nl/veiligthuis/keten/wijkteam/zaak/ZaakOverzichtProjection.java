package nl.veiligthuis.keten.wijkteam.zaak;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.veiligthuis.keten.wijkteam.afsluiting.Uitkomst;
import nl.veiligthuis.keten.wijkteam.contact.Contactritme;
import nl.veiligthuis.keten.wijkteam.gezinsregie.GevoegdeOverdrachtProjection;
import nl.veiligthuis.keten.platform.leesmodel.Leesmodel;
import nl.veiligthuis.keten.platform.leesmodel.Partitie;
import nl.veiligthuis.keten.platform.leesmodel.Rij;
import nl.veiligthuis.keten.platform.privacy.Leesmodelversleuteling;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

@Component
@ProcessingGroup(ZaakdossierDigest.GROEP)
public class ZaakOverzichtProjection {

    private final JdbcClient jdbc;
    private final Leesmodel leesmodel;
    private final Leesmodelversleuteling versleuteling;

    private final GevoegdeOverdrachtProjection gevoegdeOverdrachten;
    private final Herbeoordeling herbeoordeling;
    private final Contactritme contactritme;

    public ZaakOverzichtProjection(JdbcClient jdbc, Leesmodel leesmodel, Leesmodelversleuteling versleuteling,
                                   GevoegdeOverdrachtProjection gevoegdeOverdrachten, Herbeoordeling herbeoordeling,
                                   Contactritme contactritme) {
        this.jdbc = jdbc;
        this.leesmodel = leesmodel;
        this.versleuteling = versleuteling;
        this.gevoegdeOverdrachten = gevoegdeOverdrachten;
        this.herbeoordeling = herbeoordeling;
        this.contactritme = contactritme;
    }

    @EventHandler
    void on(ZaakGeopend event) {
        overzicht(event.zaakId()).voegToe(Rij.leeg()
                .met("gezin_id", event.gezinId())
                .met("overdracht_id", event.overdrachtId())
                .met("melding_id", event.meldingId())
                .met("route", event.route())
                .met("gemeente", event.gemeente())
                .met("status", ZaakStatus.OVERDRACHT_ONTVANGEN)
                .met("geopend_op", event.geopendOp())
                .met("overdracht_dataref", event.overdrachtDataref())
                .met("onveilige_kinderen", 0)
                .met("veiligheidsplan_actief", false));
    }

    @EventHandler
    void on(OverdrachtGeaccepteerd event) {
        overzicht(event.zaakId()).wijzig(zaak -> zaak
                .met("status", ZaakStatus.IN_BEHANDELING)
                .met("geaccepteerd_op", event.geaccepteerdOp())
                .met("team", event.team()), event.zaakId());
    }

    @EventHandler
    void on(RegisseurToegewezen event) {
        Regisseur regisseur = event.regisseur();
        overzicht(event.zaakId()).wijzig(zaak -> zaak
                .met("regisseur_naam", versleuteling.versleutel(event.gezinId(), regisseur.naam()))
                .met("regisseur_telefoon", versleuteling.versleutel(event.gezinId(), regisseur.telefoon()))
                .met("regisseur_organisatie", regisseur.organisatie())
                .met("regisseur_sinds", event.toegewezenOp()), event.zaakId());
    }

    /** Returned to Veilig Thuis, the zaak has no regisseur at the wijkteam any more; the history keeps who had it. */
    @EventHandler
    void on(ZaakTeruggemeld event) {
        overzicht(event.zaakId()).wijzig(zaak -> zaak
                .met("status", ZaakStatus.TERUGGEMELD)
                .met("reden_terugmelding", event.reden())
                .met("teruggemeld_op", event.teruggemeldOp())
                .met("regisseur_naam", null)
                .met("regisseur_telefoon", null)
                .met("regisseur_organisatie", null)
                .met("regisseur_sinds", null), event.zaakId());
    }

    private Partitie overzicht(String zaakId) {
        return leesmodel.partitie("zaak_overzicht", zaakId);
    }

    @ResetHandler
    void reset() {
        jdbc.sql("DELETE FROM zaak_overzicht").update();
    }

    @QueryHandler
    List<ZaakOverzicht> handle(ZoekZaken query) {
        return jdbc.sql("SELECT * FROM zaak_overzicht WHERE gezin_id = ? ORDER BY geopend_op, zaak_id")
                .param(query.gezinId())
                .query((rs, row) -> overzicht(rs))
                .list().stream().map(this::metSignalen).toList();
    }

    @QueryHandler
    Optional<ZaakOverzicht> handle(HaalZaakOp query) {
        return jdbc.sql("SELECT * FROM zaak_overzicht WHERE zaak_id = ?")
                .param(query.zaakId())
                .query((rs, row) -> overzicht(rs))
                .optional().map(this::metSignalen);
    }

    /** The signals the feature projections set, after the ones derived from the row, in the order of the enum. */
    private ZaakOverzicht metSignalen(ZaakOverzicht overzicht) {
        List<Signaal> signalen = new ArrayList<>(overzicht.signalen());
        jdbc.sql("SELECT signaal FROM zaak_signaal WHERE zaak_id = ?").param(overzicht.zaakId())
                .query((rs, row) -> Signaal.valueOf(rs.getString("signaal"))).list()
                .forEach(signalen::add);
        return new ZaakOverzicht(overzicht.zaakId(), overzicht.gezinId(), overzicht.overdrachtId(),
                overzicht.meldingId(), overzicht.route(), overzicht.gemeente(), overzicht.team(), overzicht.status(),
                overzicht.geopendOp(), overzicht.geaccepteerdOp(), overzicht.redenTerugmelding(),
                overzicht.teruggemeldOp(), overzicht.afgeslotenOp(), overzicht.uitkomstAfsluiting(),
                overzicht.overdrachtDataref(), overzicht.regisseur(),
                ookBetrokken(overzicht.zaakId()), signalen.stream().distinct().sorted().toList(),
                gevoegdeOverdrachten.vanZaak(overzicht.zaakId()));
    }

    /** R10: others involved beside the regisseur; the regie stays with the wijkteam until a tafel decides. */
    private List<String> ookBetrokken(String zaakId) {
        return jdbc.sql("""
                        SELECT 'VEILIG_THUIS_MONITORING' AS wie FROM monitoring_zaak WHERE zaak_id = :zaak
                        UNION
                        SELECT tafel FROM zaak_opschaling WHERE zaak_id = :zaak AND besluit IS NULL
                        ORDER BY wie""")
                .param("zaak", zaakId)
                .query(String.class)
                .list();
    }

    private ZaakOverzicht overzicht(ResultSet rs) throws SQLException {
        String reden = rs.getString("reden_terugmelding");
        String uitkomst = rs.getString("uitkomst_afsluiting");
        ZaakStatus status = ZaakStatus.valueOf(rs.getString("status"));
        HuidigeRegisseur regisseur = rs.getString("regisseur_naam") == null ? null : new HuidigeRegisseur(
                versleuteling.ontsleutel(rs.getString("regisseur_naam")),
                versleuteling.ontsleutel(rs.getString("regisseur_telefoon")), rs.getString("regisseur_organisatie"),
                moment(rs, "regisseur_sinds"));
        return new ZaakOverzicht(rs.getString("zaak_id"), rs.getString("gezin_id"), rs.getString("overdracht_id"),
                rs.getString("melding_id"), Route.valueOf(rs.getString("route")), rs.getString("gemeente"),
                rs.getString("team"), status, rs.getTimestamp("geopend_op").toInstant(), moment(rs, "geaccepteerd_op"),
                reden == null ? null : RedenTerugmelding.valueOf(reden), moment(rs, "teruggemeld_op"),
                moment(rs, "afgesloten_op"), uitkomst == null ? null : Uitkomst.valueOf(uitkomst),
                rs.getString("overdracht_dataref"), regisseur, List.of(), Signaal.afgeleid(status, regisseur,
                rs.getInt("onveilige_kinderen"), rs.getBoolean("veiligheidsplan_actief"),
                herbeoordeling.verouderd(moment(rs, "oudste_oordeel_op")), contactAchterstallig(rs, contactritme)),
                List.of());
    }

    /** Issue 14 point 6: from the overview row's unsafe children, latest contact, agreed frequency and acceptance. */
    public static boolean contactAchterstallig(ResultSet rs, Contactritme contactritme) throws SQLException {
        Date laatsteContact = rs.getDate("laatste_contact_op");
        return contactritme.achterstallig(ZaakStatus.valueOf(rs.getString("status")), rs.getInt("onveilige_kinderen"),
                laatsteContact == null ? null : laatsteContact.toLocalDate(), moment(rs, "geaccepteerd_op"),
                rs.getObject("contactfrequentie_dagen", Integer.class));
    }

    private static Instant moment(ResultSet rs, String kolom) throws SQLException {
        Timestamp moment = rs.getTimestamp(kolom);
        return moment == null ? null : moment.toInstant();
    }
}
