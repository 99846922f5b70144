package nl.veiligthuis.keten.wijkteam.monitoring;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import nl.veiligthuis.keten.platform.leesmodel.Leesmodel;
import nl.veiligthuis.keten.platform.leesmodel.Partitie;
import nl.veiligthuis.keten.platform.leesmodel.Rij;
import nl.veiligthuis.keten.platform.privacy.Leesmodelversleuteling;
import nl.veiligthuis.keten.platform.projectie.ProjectieDigest;
import nl.veiligthuis.keten.wijkteam.zaak.Medewerker;
import nl.veiligthuis.keten.wijkteam.zaak.Signaal;
import nl.veiligthuis.keten.wijkteam.zaak.Signalering;
import nl.veiligthuis.keten.wijkteam.zaak.ZaakdossierDigest;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The monitoring contacts per zaak with the team's answers (R14), and the signal that a contact waits for an
 * answer. Keyed by the contact id, so handling an event twice changes nothing.
 */
@Component
@ProcessingGroup(ZaakdossierDigest.GROEP)
public class MonitoringcontactenProjection {

    /** The tables this projection writes, in the order its reset empties them; compared by a herbouw (R19). */
    static final List<String> TABELLEN = List.of("zaak_monitoringcontact_doel", "zaak_monitoringcontact");

    @Bean
    static ProjectieDigest zaakdossierMonitoringcontacten() {
        return ZaakdossierDigest.deel(List.of("zaak_monitoringcontact")).tabel("zaak_monitoringcontact_doel", """
                (SELECT o.gezin_id FROM zaak_monitoringcontact c JOIN zaak_overzicht o ON o.zaak_id = c.zaak_id
                 WHERE c.contact_id = t.contact_id)""");
    }

    private static final Signaal ONBEANTWOORD = Signaal.MONITORINGCONTACT_ONBEANTWOORD;

    private final JdbcClient jdbc;
    private final Leesmodel leesmodel;
    private final Signalering signalering;
    private final Leesmodelversleuteling versleuteling;

    public MonitoringcontactenProjection(JdbcClient jdbc, Leesmodel leesmodel, Signalering signalering,
                                         Leesmodelversleuteling versleuteling) {
        this.jdbc = jdbc;
        this.leesmodel = leesmodel;
        this.signalering = signalering;
        this.versleuteling = versleuteling;
    }

    @EventHandler
    void on(MonitoringcontactOntvangen event) {
        contacten(event.zaakId()).voegToe(Rij.leeg()
                .met("contact_id", event.contactId())
                .met("monitoring_id", event.monitoringId())
                .met("contact_op", event.contactOp())
                .met("aantal_doelen_besproken", event.aantalDoelenBesproken())
                .met("ontvangen_op", event.ontvangenOp()));
        signalering.zet(event.zaakId(), ONBEANTWOORD, event.ontvangenOp());
    }

    @EventHandler
    void on(MonitoringcontactBeantwoord event) {
        String gezinId = event.gezinId();
        Medewerker medewerker = event.medewerker();
        Partitie contacten = contacten(event.zaakId());
        contacten.wijzig(contact -> contact
                .met("beantwoord_op", event.beantwoordOp())
                .met("toelichting", versleuteling.versleutel(gezinId, event.toelichting()))
                .met("medewerker_naam", medewerker == null ? null
                        : versleuteling.versleutel(gezinId, medewerker.naam()))
                .met("medewerker_telefoon", medewerker == null ? null
                        : versleuteling.versleutel(gezinId, medewerker.telefoon())), event.contactId());
        Partitie standen = leesmodel.partitie("zaak_monitoringcontact_doel", event.contactId());
        List<StandVanDoel> doelen = event.doelen();
        for (int i = 0; i < doelen.size(); i++) {
            StandVanDoel doel = doelen.get(i);
            standen.voegToe(Rij.leeg()
                    .met("volgnummer", i)
                    .met("doel", versleuteling.versleutel(gezinId, doel.doel()))
                    .met("stand", doel.stand())
                    .met("toelichting", versleuteling.versleutel(gezinId, doel.toelichting())));
        }
        if (contacten.rijen(contact -> contact.moment("beantwoord_op") == null).isEmpty()) {
            signalering.hefOp(event.zaakId(), ONBEANTWOORD);
        }
    }

    /** All contacts of the zaak, not one by its id: an answer lifts the signal only when none is left open. */
    private Partitie contacten(String zaakId) {
        return leesmodel.partitie("zaak_monitoringcontact", "zaak_id", zaakId);
    }

    @ResetHandler
    void reset() {
        TABELLEN.forEach(tabel -> jdbc.sql("DELETE FROM " + tabel).update());
        signalering.vergeet(List.of(ONBEANTWOORD));
    }

    @QueryHandler
    Optional<MonitoringcontactenVanZaak> handle(HaalMonitoringcontactenOp query) {
        boolean bekend = jdbc.sql("SELECT count(*) FROM zaak_overzicht WHERE zaak_id = ?")
                .param(query.zaakId())
                .query(Long.class).single() > 0;
        if (!bekend) {
            return Optional.empty();
        }
        List<MonitoringcontactOverzicht> contacten = jdbc.sql("""
                        SELECT * FROM zaak_monitoringcontact WHERE zaak_id = ? ORDER BY contact_op, contact_id""")
                .param(query.zaakId())
                .query((rs, row) -> contact(rs))
                .list().stream()
                .map(this::metDoelen)
                .toList();
        return Optional.of(new MonitoringcontactenVanZaak(query.zaakId(), contacten));
    }

    private MonitoringcontactOverzicht metDoelen(MonitoringcontactOverzicht contact) {
        if (contact.antwoord() == null) {
            return contact;
        }
        List<StandVanDoel> doelen = jdbc.sql("""
                        SELECT * FROM zaak_monitoringcontact_doel WHERE contact_id = ? ORDER BY volgnummer""")
                .param(contact.contactId())
                .query((rs, row) -> new StandVanDoel(versleuteling.ontsleutel(rs.getString("doel")),
                        Doelstand.valueOf(rs.getString("stand")),
                        versleuteling.ontsleutel(rs.getString("toelichting"))))
                .list();
        var antwoord = contact.antwoord();
        return new MonitoringcontactOverzicht(contact.contactId(), contact.monitoringId(), contact.contactOp(),
                contact.aantalDoelenBesproken(), contact.ontvangenOp(), true,
                new MonitoringcontactOverzicht.Antwoord(antwoord.beantwoordOp(), doelen, antwoord.toelichting(),
                        antwoord.medewerker()));
    }

    private MonitoringcontactOverzicht contact(ResultSet rs) throws SQLException {
        Instant beantwoordOp = moment(rs, "beantwoord_op");
        var antwoord = beantwoordOp == null ? null : new MonitoringcontactOverzicht.Antwoord(beantwoordOp, List.of(),
                versleuteling.ontsleutel(rs.getString("toelichting")), rs.getString("medewerker_naam") == null ? null
                : new Medewerker(versleuteling.ontsleutel(rs.getString("medewerker_naam")),
                        versleuteling.ontsleutel(rs.getString("medewerker_telefoon"))));
        return new MonitoringcontactOverzicht(rs.getString("contact_id"), rs.getString("monitoring_id"),
                moment(rs, "contact_op"), rs.getInt("aantal_doelen_besproken"), moment(rs, "ontvangen_op"),
                beantwoordOp != null, antwoord);
    }

    private static Instant moment(ResultSet rs, String kolom) throws SQLException {
        Timestamp moment = rs.getTimestamp(kolom);
        return moment == null ? null : moment.toInstant();
    }
}
