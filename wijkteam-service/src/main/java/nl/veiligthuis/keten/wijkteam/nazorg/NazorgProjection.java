package nl.veiligthuis.keten.wijkteam.nazorg;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.veiligthuis.keten.platform.leesmodel.Leesmodel;
import nl.veiligthuis.keten.platform.leesmodel.Rij;
import nl.veiligthuis.keten.platform.privacy.Leesmodelversleuteling;
import nl.veiligthuis.keten.platform.projectie.ProjectieDigest;
import nl.veiligthuis.keten.wijkteam.afsluiting.ZaakAfgesloten;
import nl.veiligthuis.keten.wijkteam.contact.Veiligheidsbeeld;
import nl.veiligthuis.keten.wijkteam.zaak.Medewerker;
import nl.veiligthuis.keten.wijkteam.zaak.Signaal;
import nl.veiligthuis.keten.wijkteam.zaak.Signalering;
import nl.veiligthuis.keten.wijkteam.zaak.ZaakdossierDigest;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Issue 14 point 7: the nazorg of closed zaken on their overview row, the checks recorded, and the signal
 * NAZORG_VERLOPEN until a check is recorded after all. Keyed by the event's sequence number, so handling an event
 * twice changes nothing.
 */
@Component
@ProcessingGroup(ZaakdossierDigest.GROEP)
public class NazorgProjection {

    static final List<String> TABELLEN = List.of("zaak_nazorgcontrole");
    private static final Signaal VERLOPEN = Signaal.NAZORG_VERLOPEN;

    @Bean
    static ProjectieDigest zaakdossierNazorg() {
        return ZaakdossierDigest.deel(TABELLEN);
    }

    private final JdbcClient jdbc;
    private final Leesmodel leesmodel;
    private final Signalering signalering;
    private final Leesmodelversleuteling versleuteling;

    public NazorgProjection(JdbcClient jdbc, Leesmodel leesmodel, Signalering signalering,
                            Leesmodelversleuteling versleuteling) {
        this.jdbc = jdbc;
        this.leesmodel = leesmodel;
        this.signalering = signalering;
        this.versleuteling = versleuteling;
    }

    @EventHandler
    void on(ZaakAfgesloten event) {
        Nazorg nazorg = event.nazorg();
        if (nazorg == null) {
            return;
        }
        leesmodel.partitie("zaak_overzicht", event.zaakId()).wijzig(zaak -> zaak
                .met("nazorg_door", nazorg.door())
                .met("nazorg_organisatie", nazorg.organisatie())
                .met("nazorg_tot", nazorg.tot()), event.zaakId());
    }

    @EventHandler
    void on(NazorgcontroleVastgelegd event, @SequenceNumber long volgnummer) {
        String gezinId = event.gezinId();
        Medewerker medewerker = event.medewerker();
        leesmodel.partitie("zaak_nazorgcontrole", event.zaakId()).voegToe(Rij.leeg()
                .met("volgnummer", volgnummer)
                .met("op", event.op())
                .met("beeld", event.beeld())
                .met("bevinding", versleuteling.versleutel(gezinId, event.bevinding()))
                .met("binnen_termijn", event.binnenTermijn())
                .met("medewerker_naam", medewerker == null ? null : versleuteling.versleutel(gezinId, medewerker.naam()))
                .met("medewerker_telefoon", medewerker == null ? null
                        : versleuteling.versleutel(gezinId, medewerker.telefoon()))
                .met("vastgelegd_op", event.vastgelegdOp()));
        leesmodel.partitie("zaak_overzicht", event.zaakId()).wijzig(zaak -> {
            LocalDate laatste = zaak.datum("laatste_nazorgcontrole_op");
            return laatste != null && !laatste.isBefore(event.op()) ? zaak
                    : zaak.met("laatste_nazorgcontrole_op", event.op());
        }, event.zaakId());
        signalering.hefOp(event.zaakId(), VERLOPEN);
    }

    @EventHandler
    void on(NazorgVerlopen event) {
        leesmodel.partitie("zaak_overzicht", event.zaakId())
                .wijzig(zaak -> zaak.met("nazorg_verlopen_op", event.verlopenOp()), event.zaakId());
        signalering.zet(event.zaakId(), VERLOPEN, event.verlopenOp());
    }

    @ResetHandler
    void reset() {
        TABELLEN.forEach(tabel -> jdbc.sql("DELETE FROM " + tabel).update());
        jdbc.sql("UPDATE zaak_overzicht SET nazorg_door = NULL, nazorg_organisatie = NULL, nazorg_tot = NULL, "
                + "laatste_nazorgcontrole_op = NULL, nazorg_verlopen_op = NULL").update();
        signalering.vergeet(List.of(VERLOPEN));
    }

    @QueryHandler
    Optional<NazorgOverzicht> handle(HaalNazorgOp query) {
        return jdbc.sql("SELECT * FROM zaak_overzicht WHERE zaak_id = ? AND nazorg_tot IS NOT NULL")
                .param(query.zaakId())
                .query((rs, row) -> new NazorgOverzicht(query.zaakId(), NazorgDoor.valueOf(rs.getString("nazorg_door")),
                        rs.getString("nazorg_organisatie"), datum(rs, "nazorg_tot"),
                        rs.getTimestamp("afgesloten_op").toInstant(),
                        rs.getTimestamp("nazorg_verlopen_op") == null ? null
                                : rs.getTimestamp("nazorg_verlopen_op").toInstant(),
                        datum(rs, "laatste_nazorgcontrole_op"), List.of()))
                .optional()
                .map(nazorg -> new NazorgOverzicht(nazorg.zaakId(), nazorg.door(), nazorg.organisatie(), nazorg.tot(),
                        nazorg.afgeslotenOp(), nazorg.verlopenOp(), nazorg.laatsteControleOp(), controles(query.zaakId())));
    }

    private List<NazorgOverzicht.Controle> controles(String zaakId) {
        return jdbc.sql("SELECT * FROM zaak_nazorgcontrole WHERE zaak_id = ? ORDER BY op DESC, volgnummer DESC")
                .param(zaakId)
                .query((rs, row) -> new NazorgOverzicht.Controle(datum(rs, "op"),
                        Veiligheidsbeeld.valueOf(rs.getString("beeld")),
                        versleuteling.ontsleutel(rs.getString("bevinding")), rs.getBoolean("binnen_termijn"),
                        medewerker(rs), rs.getTimestamp("vastgelegd_op").toInstant()))
                .list();
    }

    private Medewerker medewerker(ResultSet rs) throws SQLException {
        String naam = versleuteling.ontsleutel(rs.getString("medewerker_naam"));
        return naam == null ? null : new Medewerker(naam, versleuteling.ontsleutel(rs.getString("medewerker_telefoon")));
    }

    private static LocalDate datum(ResultSet rs, String kolom) throws SQLException {
        Date datum = rs.getDate(kolom);
        return datum == null ? null : datum.toLocalDate();
    }
}
