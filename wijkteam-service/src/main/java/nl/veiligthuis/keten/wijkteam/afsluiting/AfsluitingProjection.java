package nl.veiligthuis.keten.wijkteam.afsluiting;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.veiligthuis.keten.platform.projectie.ProjectieDigest;
import nl.veiligthuis.keten.wijkteam.zaak.Beoordeling;
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
    private final Signalering signalering;

    public AfsluitingProjection(JdbcClient jdbc, Signalering signalering) {
        this.jdbc = jdbc;
        this.signalering = signalering;
    }

    /** Keyed by the event's sequence number in the zaak, so handling it twice changes nothing. */
    @EventHandler
    void on(AfsluitingVoorgesteld event, @SequenceNumber long volgnummer) {
        jdbc.sql("""
                INSERT INTO zaak_afsluitvoorstel (zaak_id, volgnummer, uitkomst, vervolg, onderbouwing,
                    voorgesteld_door, voorgesteld_op)
                VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (zaak_id, volgnummer) DO NOTHING""")
                .params(event.zaakId(), volgnummer, event.uitkomst().name(), event.vervolg(), event.onderbouwing(),
                        event.medewerker().naam(), Timestamp.from(event.voorgesteldOp()))
                .update();
        signalering.zet(event.zaakId(), Signaal.AFSLUITING_TER_BEOORDELING, event.voorgesteldOp());
    }

    @EventHandler
    void on(AfsluitingBeoordeeld event) {
        jdbc.sql("""
                UPDATE zaak_afsluitvoorstel SET besluit = ?, opmerkingen = ?, teamleider = ?, beoordeeld_op = ?
                WHERE zaak_id = ? AND besluit IS NULL""")
                .params(event.besluit().name(), event.opmerkingen(), event.teamleider().naam(),
                        Timestamp.from(event.beoordeeldOp()), event.zaakId())
                .update();
        signalering.hefOp(event.zaakId(), Signaal.AFSLUITING_TER_BEOORDELING);
    }

    @EventHandler
    void on(ZaakTeruggemeld event) {
        signalering.hefOp(event.zaakId(), Signaal.AFSLUITING_TER_BEOORDELING);
    }

    @EventHandler
    void on(BetrokkenenGeinformeerd event) {
        event.partijen().forEach(deling -> deling(event.zaakId(), Moment.START, deling.partij(), deling.toestemming(),
                deling.redenZonderToestemming(), deling.geinformeerd(), event.geinformeerdOp()));
    }

    /** The zaak leaves the wijkteam: no regisseur, no running terms, no signals on a closed zaak. */
    @EventHandler
    void on(ZaakAfgesloten event) {
        jdbc.sql("""
                UPDATE zaak_overzicht SET status = ?, afgesloten_op = ?, uitkomst_afsluiting = ?, regisseur_naam = NULL,
                    regisseur_telefoon = NULL, regisseur_organisatie = NULL, regisseur_sinds = NULL
                WHERE zaak_id = ?""")
                .params(ZaakStatus.AFGESLOTEN.name(), Timestamp.from(event.afgeslotenOp()), event.uitkomst().name(),
                        event.zaakId())
                .update();
        jdbc.sql("UPDATE zaak_regie SET tot = ? WHERE zaak_id = ? AND tot IS NULL")
                .params(Timestamp.from(event.afgeslotenOp()), event.zaakId())
                .update();
        event.geinformeerd().forEach(partij -> deling(event.zaakId(), Moment.EINDE, partij, true, null, true,
                event.afgeslotenOp()));
        event.nietGeinformeerd().forEach(partij -> deling(event.zaakId(), Moment.EINDE, partij, false, null, false,
                event.afgeslotenOp()));
        signalering.alleTermijnenVervallen(event.zaakId());
        jdbc.sql("DELETE FROM zaak_signaal WHERE zaak_id = ?").param(event.zaakId()).update();
    }

    private void deling(String zaakId, Moment moment, Partij partij, boolean toestemming, String reden,
                        boolean geinformeerd, Instant op) {
        jdbc.sql("""
                INSERT INTO zaak_informatiedeling (zaak_id, moment, partij, op, toestemming, reden_zonder_toestemming,
                    geinformeerd)
                VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (zaak_id, moment, partij, op) DO NOTHING""")
                .params(zaakId, moment.name(), partij.name(), Timestamp.from(op), toestemming, reden, geinformeerd)
                .update();
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
                        rs.getString("reden_zonder_toestemming"), rs.getBoolean("geinformeerd"),
                        rs.getTimestamp("op").toInstant()))
                .list();
        return Optional.of(new AfsluitingOverzicht(zaakId, voorstellen,
                afgeslotenOp == null ? null : afgeslotenOp.toInstant(), delingen));
    }

    private static AfsluitingOverzicht.Voorstel voorstel(ResultSet rs) throws SQLException {
        String besluit = rs.getString("besluit");
        Timestamp beoordeeldOp = rs.getTimestamp("beoordeeld_op");
        return new AfsluitingOverzicht.Voorstel(Uitkomst.valueOf(rs.getString("uitkomst")), rs.getString("vervolg"),
                rs.getString("onderbouwing"), rs.getString("voorgesteld_door"),
                rs.getTimestamp("voorgesteld_op").toInstant(), besluit == null ? null : Beoordeling.valueOf(besluit),
                rs.getString("opmerkingen"), rs.getString("teamleider"),
                beoordeeldOp == null ? null : beoordeeldOp.toInstant());
    }
}
