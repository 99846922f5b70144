package nl.veiligthuis.keten.wijkteam.contact;

import static nl.veiligthuis.keten.platform.tijd.Klok.NEDERLAND;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.veiligthuis.keten.platform.leesmodel.Leesmodel;
import nl.veiligthuis.keten.platform.leesmodel.Partitie;
import nl.veiligthuis.keten.platform.leesmodel.Rij;
import nl.veiligthuis.keten.platform.privacy.Leesmodelversleuteling;
import nl.veiligthuis.keten.platform.projectie.ProjectieDigest;
import nl.veiligthuis.keten.wijkteam.intake.VeiligheidsinschattingVastgelegd;
import nl.veiligthuis.keten.wijkteam.veiligheidsplan.VeiligheidsplanGeevalueerd;
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
 * Issue 14 point 6: the contact log per zaak, the agreed frequency, and on the zaak's overview the day of the latest
 * contact that counts, for the derived signal CONTACT_ACHTERSTALLIG. Keyed by the contact id, so handling an event
 * twice changes nothing.
 */
@Component
@ProcessingGroup(ZaakdossierDigest.GROEP)
public class ContactlogboekProjection {

    /** The tables this projection writes, in the order its reset empties them; compared by a herbouw (R19). */
    static final List<String> TABELLEN = List.of("zaak_contact_gezien", "zaak_contact", "zaak_contactfrequentie");
    private static final Signaal NIEUWE_INSCHATTING = Signaal.CONTACT_VRAAGT_OM_NIEUWE_INSCHATTING;

    @Bean
    static ProjectieDigest zaakdossierContactlogboek() {
        return ZaakdossierDigest.deel(List.of("zaak_contact", "zaak_contactfrequentie")).tabel("zaak_contact_gezien", """
                (SELECT o.gezin_id FROM zaak_contact c JOIN zaak_overzicht o ON o.zaak_id = c.zaak_id
                 WHERE c.contact_id = t.contact_id)""");
    }

    private final JdbcClient jdbc;
    private final Leesmodel leesmodel;
    private final Signalering signalering;
    private final Leesmodelversleuteling versleuteling;
    private final Contactritme contactritme;

    public ContactlogboekProjection(JdbcClient jdbc, Leesmodel leesmodel, Signalering signalering,
                                    Leesmodelversleuteling versleuteling, Contactritme contactritme) {
        this.jdbc = jdbc;
        this.leesmodel = leesmodel;
        this.signalering = signalering;
        this.versleuteling = versleuteling;
        this.contactritme = contactritme;
    }

    @EventHandler
    void on(ContactVastgelegd event) {
        String gezinId = event.gezinId();
        Medewerker medewerker = event.medewerker();
        boolean telt = event.soort().teltAlsContact(event.gezien());
        leesmodel.partitie("zaak_contact", event.contactId()).voegToe(Rij.leeg()
                .met("zaak_id", event.zaakId())
                .met("soort", event.soort())
                .met("op", event.op())
                .met("met", versleuteling.versleutel(gezinId, event.met()))
                .met("beeld", event.beeld())
                .met("bevinding", versleuteling.versleutel(gezinId, event.bevinding()))
                .met("telt_als_contact", telt)
                .met("medewerker_naam", medewerker == null ? null : versleuteling.versleutel(gezinId, medewerker.naam()))
                .met("medewerker_telefoon", medewerker == null ? null
                        : versleuteling.versleutel(gezinId, medewerker.telefoon()))
                .met("vastgelegd_op", event.vastgelegdOp()));
        Partitie gezien = leesmodel.partitie("zaak_contact_gezien", event.contactId());
        event.gezien().forEach(lidId -> gezien.voegToe(Rij.leeg().met("lid_id", lidId)));
        if (telt) {
            leesmodel.partitie("zaak_overzicht", event.zaakId()).wijzig(zaak -> {
                LocalDate laatste = zaak.datum("laatste_contact_op");
                return laatste != null && !laatste.isBefore(event.op()) ? zaak : zaak.met("laatste_contact_op", event.op());
            }, event.zaakId());
        }
        if (event.beeld().vraagtOmNieuweInschatting() && !opnieuwGeoordeeldSinds(event.zaakId(), event.op())) {
            signalering.zet(event.zaakId(), NIEUWE_INSCHATTING, event.vastgelegdOp());
        }
    }

    /** A contact logged late: a child judged after its day has answered its worries already. */
    private boolean opnieuwGeoordeeldSinds(String zaakId, LocalDate dag) {
        return java.util.stream.Stream.concat(
                        leesmodel.partitie("intake_veiligheidsinschatting", zaakId).rijen().stream(),
                        leesmodel.partitie("intake_evaluatieoordeel", zaakId).rijen().stream())
                .map(oordeel -> oordeel.moment("vastgelegd_op"))
                .anyMatch(moment -> moment != null && LocalDate.ofInstant(moment, NEDERLAND).isAfter(dag));
    }

    @EventHandler
    void on(ContactfrequentieAfgesproken event) {
        String gezinId = event.gezinId();
        Medewerker medewerker = event.medewerker();
        leesmodel.partitie("zaak_contactfrequentie", event.zaakId()).schrijf(Rij.leeg()
                .met("dagen", event.dagen())
                .met("reden", versleuteling.versleutel(gezinId, event.reden()))
                .met("medewerker_naam", medewerker == null ? null : versleuteling.versleutel(gezinId, medewerker.naam()))
                .met("medewerker_telefoon", medewerker == null ? null
                        : versleuteling.versleutel(gezinId, medewerker.telefoon()))
                .met("afgesproken_op", event.afgesprokenOp()));
        leesmodel.partitie("zaak_overzicht", event.zaakId())
                .wijzig(zaak -> zaak.met("contactfrequentie_dagen", event.dagen()), event.zaakId());
    }

    /** A child judged again answers the worries a contact raised. */
    @EventHandler
    void on(VeiligheidsinschattingVastgelegd event) {
        signalering.hefOp(event.zaakId(), NIEUWE_INSCHATTING);
    }

    @EventHandler
    void on(VeiligheidsplanGeevalueerd event) {
        signalering.hefOp(event.zaakId(), NIEUWE_INSCHATTING);
    }

    /** Returned to Veilig Thuis: the zaak's worries are no longer the wijkteam's to answer. */
    @EventHandler
    void on(ZaakTeruggemeld event) {
        signalering.hefOp(event.zaakId(), NIEUWE_INSCHATTING);
    }

    @ResetHandler
    void reset() {
        TABELLEN.forEach(tabel -> jdbc.sql("DELETE FROM " + tabel).update());
        jdbc.sql("UPDATE zaak_overzicht SET laatste_contact_op = NULL, contactfrequentie_dagen = NULL").update();
        signalering.vergeet(List.of(NIEUWE_INSCHATTING));
    }

    @QueryHandler
    Optional<ContactlogboekOverzicht> handle(HaalContactlogboekOp query) {
        Optional<ContactlogboekOverzicht> leeg = jdbc.sql("""
                        SELECT z.status, z.onveilige_kinderen, z.geaccepteerd_op, z.laatste_contact_op,
                               z.contactfrequentie_dagen, f.reden, f.afgesproken_op, f.medewerker_naam,
                               f.medewerker_telefoon
                        FROM zaak_overzicht z LEFT JOIN zaak_contactfrequentie f ON f.zaak_id = z.zaak_id
                        WHERE z.zaak_id = ?""")
                .param(query.zaakId())
                .query((rs, row) -> kop(query.zaakId(), rs))
                .optional();
        return leeg.map(logboek -> new ContactlogboekOverzicht(logboek.zaakId(), logboek.frequentie(),
                logboek.laatsteContactOp(), logboek.volgendContactUiterlijk(), logboek.contactAchterstallig(),
                contacten(query.zaakId())));
    }

    private ContactlogboekOverzicht kop(String zaakId, ResultSet rs) throws SQLException {
        Integer afgesproken = rs.getObject("contactfrequentie_dagen", Integer.class);
        Date laatste = rs.getDate("laatste_contact_op");
        LocalDate laatsteContact = laatste == null ? null : laatste.toLocalDate();
        var geaccepteerdOp = rs.getTimestamp("geaccepteerd_op") == null ? null
                : rs.getTimestamp("geaccepteerd_op").toInstant();
        var frequentie = new ContactlogboekOverzicht.Frequentie(contactritme.dagen(afgesproken), afgesproken != null,
                versleuteling.ontsleutel(rs.getString("reden")), rs.getTimestamp("afgesproken_op") == null ? null
                : rs.getTimestamp("afgesproken_op").toInstant(), medewerker(rs));
        ZaakStatus status = ZaakStatus.valueOf(rs.getString("status"));
        int onveilig = rs.getInt("onveilige_kinderen");
        boolean achterstallig = contactritme.achterstallig(status, onveilig, laatsteContact, geaccepteerdOp,
                afgesproken);
        // the term applies only to a zaak in treatment with an unsafe child
        LocalDate uiterlijk = status == ZaakStatus.IN_BEHANDELING && onveilig > 0
                ? contactritme.volgendContactUiterlijk(laatsteContact, geaccepteerdOp, afgesproken) : null;
        return new ContactlogboekOverzicht(zaakId, frequentie, laatsteContact, uiterlijk, achterstallig, List.of());
    }

    private List<ContactlogboekOverzicht.Contact> contacten(String zaakId) {
        return jdbc.sql("""
                        SELECT c.*, (SELECT string_agg(g.lid_id, ',' ORDER BY g.lid_id) FROM zaak_contact_gezien g
                                     WHERE g.contact_id = c.contact_id) AS gezien
                        FROM zaak_contact c WHERE c.zaak_id = ? ORDER BY c.op DESC, c.vastgelegd_op DESC""")
                .param(zaakId)
                .query((rs, row) -> new ContactlogboekOverzicht.Contact(rs.getString("contact_id"),
                        Contactsoort.valueOf(rs.getString("soort")), rs.getDate("op").toLocalDate(),
                        rs.getString("gezien") == null ? List.of() : List.of(rs.getString("gezien").split(",")),
                        versleuteling.ontsleutel(rs.getString("met")), Veiligheidsbeeld.valueOf(rs.getString("beeld")),
                        versleuteling.ontsleutel(rs.getString("bevinding")), rs.getBoolean("telt_als_contact"),
                        medewerker(rs), rs.getTimestamp("vastgelegd_op").toInstant()))
                .list();
    }

    private Medewerker medewerker(ResultSet rs) throws SQLException {
        String naam = versleuteling.ontsleutel(rs.getString("medewerker_naam"));
        return naam == null ? null : new Medewerker(naam, versleuteling.ontsleutel(rs.getString("medewerker_telefoon")));
    }
}
