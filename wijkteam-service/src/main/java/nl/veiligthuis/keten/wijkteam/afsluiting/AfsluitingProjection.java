package nl.veiligthuis.keten.wijkteam.afsluiting;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.veiligthuis.keten.platform.leesmodel.Leesmodel;
import nl.veiligthuis.keten.platform.leesmodel.Partitie;
import nl.veiligthuis.keten.platform.leesmodel.Rij;
import nl.veiligthuis.keten.platform.privacy.Leesmodelversleuteling;
import nl.veiligthuis.keten.platform.projectie.ProjectieDigest;
import nl.veiligthuis.keten.wijkteam.zaak.Beoordeling;
import nl.veiligthuis.keten.wijkteam.nazorg.Nazorg;
import nl.veiligthuis.keten.wijkteam.nazorg.NazorgDoor;
import nl.veiligthuis.keten.wijkteam.zaak.Signaal;
import nl.veiligthuis.keten.wijkteam.zaak.Signalering;
import nl.veiligthuis.keten.wijkteam.zaak.ZaakStatus;
import nl.veiligthuis.keten.wijkteam.zaak.ZaakTeruggemeld;
import nl.veiligthuis.keten.wijkteam.zaak.ZaakdossierDigest;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

@Component
@ProcessingGroup(ZaakdossierDigest.GROEP)
public class AfsluitingProjection {

    /** The tables this projection writes, in the order its reset empties them; compared by a herbouw (R19). */
    static final List<String> TABELLEN = List.of("zaak_afsluitvoorstel", "zaak_informatiedeling");

    @Bean
    static ProjectieDigest zaakdossierAfsluiting() {
        return ZaakdossierDigest.deel(TABELLEN);
    }

    private final JdbcClient jdbc;
    private final Leesmodel leesmodel;
    private final Signalering signalering;
    private final Leesmodelversleuteling versleuteling;

    public AfsluitingProjection(JdbcClient jdbc, Leesmodel leesmodel, Signalering signalering,
                                Leesmodelversleuteling versleuteling) {
        this.jdbc = jdbc;
        this.leesmodel = leesmodel;
        this.signalering = signalering;
        this.versleuteling = versleuteling;
    }

    /** Keyed by the event's sequence number in the zaak, so handling it twice changes nothing. */
    @EventHandler
    void on(AfsluitingVoorgesteld event, @SequenceNumber long volgnummer) {
        voorstellen(event.zaakId()).voegToe(Rij.leeg()
                .met("volgnummer", volgnummer)
                .met("uitkomst", event.uitkomst())
                .met("vervolg", versleuteling.versleutel(event.gezinId(), event.vervolg()))
                .met("onderbouwing", versleuteling.versleutel(event.gezinId(), event.onderbouwing()))
                .met("voorgesteld_door", versleuteling.versleutel(event.gezinId(), event.medewerker().naam()))
                .met("voorgesteld_op", event.voorgesteldOp())
                .met("nazorg_door", event.nazorg() == null ? null : event.nazorg().door())
                .met("nazorg_organisatie", event.nazorg() == null ? null : event.nazorg().organisatie())
                .met("nazorg_tot", event.nazorg() == null ? null : event.nazorg().tot()));
        signalering.zet(event.zaakId(), Signaal.AFSLUITING_TER_BEOORDELING, event.voorgesteldOp());
    }

    @EventHandler
    void on(AfsluitingBeoordeeld event) {
        voorstellen(event.zaakId()).wijzigAlle(voorstel -> voorstel.tekst("besluit") == null, voorstel -> voorstel
                .met("besluit", event.besluit())
                .met("opmerkingen", versleuteling.versleutel(event.gezinId(), event.opmerkingen()))
                .met("teamleider", versleuteling.versleutel(event.gezinId(), event.teamleider().naam()))
                .met("beoordeeld_op", event.beoordeeldOp()));
        signalering.hefOp(event.zaakId(), Signaal.AFSLUITING_TER_BEOORDELING);
    }

    @EventHandler
    void on(ZaakTeruggemeld event) {
        signalering.hefOp(event.zaakId(), Signaal.AFSLUITING_TER_BEOORDELING);
    }

    @EventHandler
    void on(BetrokkenenGeinformeerd event) {
        event.partijen().forEach(deling -> deling(event.zaakId(), Moment.START, deling.partij(), deling.toestemming(),
                versleuteling.versleutel(event.gezinId(), deling.redenZonderToestemming()), deling.geinformeerd(),
                event.geinformeerdOp()));
    }

    /** The zaak leaves the wijkteam: no regisseur, no running terms, no signals on a closed zaak. */
    @EventHandler
    void on(ZaakAfgesloten event) {
        leesmodel.partitie("zaak_overzicht", event.zaakId()).wijzig(zaak -> zaak
                .met("status", ZaakStatus.AFGESLOTEN)
                .met("afgesloten_op", event.afgeslotenOp())
                .met("uitkomst_afsluiting", event.uitkomst())
                .met("regisseur_naam", null)
                .met("regisseur_telefoon", null)
                .met("regisseur_organisatie", null)
                .met("regisseur_sinds", null), event.zaakId());
        leesmodel.partitie("zaak_regie", event.zaakId()).wijzigAlle(periode -> periode.moment("tot") == null,
                periode -> periode.met("tot", event.afgeslotenOp()));
        event.geinformeerd().forEach(partij -> deling(event.zaakId(), Moment.EINDE, partij, true, null, true,
                event.afgeslotenOp()));
        event.nietGeinformeerd().forEach(partij -> deling(event.zaakId(), Moment.EINDE, partij, false, null, false,
                event.afgeslotenOp()));
        signalering.alleTermijnenVervallen(event.zaakId());
        leesmodel.partitie("zaak_signaal", event.zaakId()).verwijderAlle(signaal -> true);
    }

    private void deling(String zaakId, Moment moment, Partij partij, boolean toestemming, String reden,
                        boolean geinformeerd, Instant op) {
        leesmodel.partitie("zaak_informatiedeling", zaakId).voegToe(Rij.leeg()
                .met("moment", moment)
                .met("partij", partij)
                .met("op", op)
                .met("toestemming", toestemming)
                .met("reden_zonder_toestemming", reden)
                .met("geinformeerd", geinformeerd));
    }

    private Partitie voorstellen(String zaakId) {
        return leesmodel.partitie("zaak_afsluitvoorstel", zaakId);
    }

    @ResetHandler
    void reset() {
        TABELLEN.forEach(tabel -> jdbc.sql("DELETE FROM " + tabel).update());
        signalering.vergeet(Set.of(Signaal.AFSLUITING_TER_BEOORDELING));
    }

    Optional<AfsluitingOverzicht> vanZaak(String zaakId) {
        List<Timestamp> zaak = jdbc.sql("SELECT afgesloten_op FROM zaak_overzicht WHERE zaak_id = ?")
                .param(zaakId)
                .query((rs, row) -> rs.getTimestamp("afgesloten_op"))
                .list();
        if (zaak.isEmpty()) {
            return Optional.empty();
        }
        Timestamp afgeslotenOp = zaak.get(0);
        List<AfsluitingOverzicht.Voorstel> voorstellen = jdbc.sql(
                        "SELECT * FROM zaak_afsluitvoorstel WHERE zaak_id = ? ORDER BY volgnummer")
                .param(zaakId)
                .query((rs, row) -> voorstel(rs))
                .list();
        List<AfsluitingOverzicht.Deling> delingen = jdbc.sql(
                        "SELECT * FROM zaak_informatiedeling WHERE zaak_id = ? ORDER BY op, moment, partij")
                .param(zaakId)
                .query((rs, row) -> new AfsluitingOverzicht.Deling(Moment.valueOf(rs.getString("moment")),
                        Partij.valueOf(rs.getString("partij")), rs.getBoolean("toestemming"),
                        versleuteling.ontsleutel(rs.getString("reden_zonder_toestemming")),
                        rs.getBoolean("geinformeerd"), rs.getTimestamp("op").toInstant()))
                .list();
        return Optional.of(new AfsluitingOverzicht(zaakId, voorstellen,
                afgeslotenOp == null ? null : afgeslotenOp.toInstant(), delingen));
    }

    private AfsluitingOverzicht.Voorstel voorstel(ResultSet rs) throws SQLException {
        String besluit = rs.getString("besluit");
        Timestamp beoordeeldOp = rs.getTimestamp("beoordeeld_op");
        return new AfsluitingOverzicht.Voorstel(Uitkomst.valueOf(rs.getString("uitkomst")),
                versleuteling.ontsleutel(rs.getString("vervolg")),
                versleuteling.ontsleutel(rs.getString("onderbouwing")),
                versleuteling.ontsleutel(rs.getString("voorgesteld_door")),
                rs.getTimestamp("voorgesteld_op").toInstant(), besluit == null ? null : Beoordeling.valueOf(besluit),
                versleuteling.ontsleutel(rs.getString("opmerkingen")),
                versleuteling.ontsleutel(rs.getString("teamleider")),
                beoordeeldOp == null ? null : beoordeeldOp.toInstant(), rs.getString("nazorg_door") == null ? null
                : new Nazorg(NazorgDoor.valueOf(rs.getString("nazorg_door")), rs.getString("nazorg_organisatie"),
                        rs.getDate("nazorg_tot").toLocalDate()));
    }
}
