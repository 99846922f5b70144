package nl.veiligthuis.keten.wijkteam.veiligheidsplan;

import static nl.veiligthuis.keten.wijkteam.veiligheidsplan.VeiligheidsplanOverzicht.Beoordelingsstatus.NIET_BEOORDEELD;
import static nl.veiligthuis.keten.wijkteam.veiligheidsplan.VeiligheidsplanOverzicht.Beoordelingsstatus.TER_BEOORDELING;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import nl.veiligthuis.keten.platform.projectie.ProjectieDigest;
import nl.veiligthuis.keten.wijkteam.veiligheidsplan.VeiligheidsplanOverzicht.Status;
import nl.veiligthuis.keten.wijkteam.zaak.Beoordeling;
import nl.veiligthuis.keten.wijkteam.zaak.Signaal;
import nl.veiligthuis.keten.wijkteam.zaak.Signalering;
import nl.veiligthuis.keten.wijkteam.zaak.ZaakTeruggemeld;
import nl.veiligthuis.keten.wijkteam.zaak.ZaakdossierDigest;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The veiligheidsplan read model (R13), {@code zaak_overzicht.veiligheidsplan_actief}, its terms and its signals.
 * VEILIGHEIDSPLAN_TER_BEOORDELING and VEILIGHEIDSPLAN_TERUGGESTUURD follow this plan's own review state (the beoordeling of the latest
 * versie in veiligheidsplan_versie); the ondersteuningsplan sets the same signals for its plan.
 */
@Component
@ProcessingGroup(ZaakdossierDigest.GROEP)
public class VeiligheidsplanProjection {

    /** The tables this projection writes, in the order its reset empties them; compared by a herbouw (R19). */
    static final List<String> TABELLEN = List.of("veiligheidsplan_gemiste_evaluatie", "veiligheidsplan_evaluatie",
            "veiligheidsplan_versie");

    @Bean
    static ProjectieDigest zaakdossierVeiligheidsplan() {
        return ZaakdossierDigest.deel(TABELLEN);
    }

    static final String TERMIJN_EVALUATIE = "VEILIGHEIDSPLAN_EVALUATIE";
    static final String TERMIJN_EINDE = "VEILIGHEIDSPLAN_EINDE";
    static final List<Signaal> SIGNALEN = List.of(Signaal.VEILIGHEIDSPLAN_EVALUATIE_GEMIST,
            Signaal.VEILIGHEIDSPLAN_VERLOPEN, Signaal.VEILIGHEIDSPLAN_TER_BEOORDELING,
            Signaal.VEILIGHEIDSPLAN_TERUGGESTUURD);
    static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;
    private final Signalering signalering;

    public VeiligheidsplanProjection(JdbcClient jdbc, Signalering signalering) {
        this.jdbc = jdbc;
        this.signalering = signalering;
    }

    @EventHandler
    void on(VeiligheidsplanOpgesteld event) {
        jdbc.sql("""
                UPDATE veiligheidsplan_versie SET status = ?, volgende_evaluatie_op = NULL,
                    beoordeling = CASE WHEN beoordeling = ? THEN ? ELSE beoordeling END
                WHERE zaak_id = ? AND versie < ? AND status IN (?, ?)""")
                .params(Status.VERVANGEN.name(), TER_BEOORDELING.name(), NIET_BEOORDEELD.name(), event.zaakId(),
                        event.versie(), Status.IN_WERKING.name(), Status.VERLOPEN.name())
                .update();
        jdbc.sql("""
                INSERT INTO veiligheidsplan_versie (zaak_id, versie, status, ernst, afspraken, maatregelen,
                    startsituatie, opgesteld_op, eindigt_op, volgende_evaluatie_op, medewerker_naam,
                    medewerker_telefoon, beoordeling)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (zaak_id, versie) DO NOTHING""")
                .params(event.zaakId(), event.versie(), Status.IN_WERKING.name(), event.ernst().name(),
                        JSON.writeValueAsString(event.afspraken()), event.maatregelenBijOnveiligheid(),
                        JSON.writeValueAsString(event.startsituatie()), moment(event.opgesteldOp()),
                        moment(event.eindigtOp()), moment(event.eersteEvaluatieOp()), event.medewerker().naam(),
                        event.medewerker().telefoon(), TER_BEOORDELING.name())
                .update();
        actief(event.zaakId(), true);
        signalering.zet(event.zaakId(), Signaal.VEILIGHEIDSPLAN_TER_BEOORDELING, event.opgesteldOp());
        signalering.hefOp(event.zaakId(), Signaal.VEILIGHEIDSPLAN_TERUGGESTUURD);
        signalering.hefOp(event.zaakId(), Signaal.VEILIGHEIDSPLAN_EVALUATIE_GEMIST);
        signalering.hefOp(event.zaakId(), Signaal.VEILIGHEIDSPLAN_VERLOPEN);
        signalering.termijn(event.zaakId(), TERMIJN_EVALUATIE, event.eersteEvaluatieOp());
        signalering.termijn(event.zaakId(), TERMIJN_EINDE, event.eindigtOp());
    }

    @EventHandler
    void on(VeiligheidsplanBeoordeeld event) {
        jdbc.sql("""
                UPDATE veiligheidsplan_versie SET beoordeling = ?, opmerkingen = ?, beoordeeld_op = ?,
                    teamleider_naam = ?
                WHERE zaak_id = ? AND versie = ?""")
                .params(event.besluit().name(), event.opmerkingen(), moment(event.beoordeeldOp()),
                        event.teamleider().naam(), event.zaakId(), event.versie())
                .update();
        signalering.hefOp(event.zaakId(), Signaal.VEILIGHEIDSPLAN_TER_BEOORDELING);
        signalering.zetOfHefOp(event.zaakId(), Signaal.VEILIGHEIDSPLAN_TERUGGESTUURD,
                event.besluit() == Beoordeling.TERUGGESTUURD, event.beoordeeldOp());
    }

    @EventHandler
    void on(VeiligheidsplanGeevalueerd event, @SequenceNumber long volgnummer) {
        jdbc.sql("""
                INSERT INTO veiligheidsplan_evaluatie (zaak_id, volgnummer, versie, vergelijking, afspraken_nagekomen,
                    maatregelen, geevalueerd_op, volgende_evaluatie_op, op_tijd, medewerker_naam)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (zaak_id, volgnummer) DO NOTHING""")
                .params(event.zaakId(), volgnummer, event.versie(), JSON.writeValueAsString(event.vergelijking()),
                        event.afsprakenNagekomen(), event.maatregelen(), moment(event.geevalueerdOp()),
                        moment(event.volgendeEvaluatieOp()), event.opTijd(), event.medewerker().naam())
                .update();
        jdbc.sql("UPDATE veiligheidsplan_versie SET volgende_evaluatie_op = ? WHERE zaak_id = ? AND versie = ?")
                .params(moment(event.volgendeEvaluatieOp()), event.zaakId(), event.versie())
                .update();
        signalering.hefOp(event.zaakId(), Signaal.VEILIGHEIDSPLAN_EVALUATIE_GEMIST);
        signalering.termijn(event.zaakId(), TERMIJN_EVALUATIE, event.volgendeEvaluatieOp());
    }

    @EventHandler
    void on(VeiligheidsplanEvaluatieGemist event) {
        jdbc.sql("""
                INSERT INTO veiligheidsplan_gemiste_evaluatie (zaak_id, versie, gepland_op, vastgesteld_op)
                VALUES (?, ?, ?, ?) ON CONFLICT (zaak_id, versie, gepland_op) DO NOTHING""")
                .params(event.zaakId(), event.versie(), moment(event.geplandOp()), moment(event.vastgesteldOp()))
                .update();
        signalering.zet(event.zaakId(), Signaal.VEILIGHEIDSPLAN_EVALUATIE_GEMIST, event.geplandOp());
    }

    @EventHandler
    void on(VeiligheidsplanVerlopen event) {
        jdbc.sql("""
                UPDATE veiligheidsplan_versie SET status = ?, verlopen_op = ?, volgende_evaluatie_op = NULL
                WHERE zaak_id = ? AND versie = ?""")
                .params(Status.VERLOPEN.name(), moment(event.eindigdeOp()), event.zaakId(), event.versie())
                .update();
        actief(event.zaakId(), false);
        signalering.zet(event.zaakId(), Signaal.VEILIGHEIDSPLAN_VERLOPEN, event.eindigdeOp());
        termijnenVervallen(event.zaakId());
    }

    @EventHandler
    void on(VeiligheidsplanBeeindigd event) {
        jdbc.sql("""
                UPDATE veiligheidsplan_versie SET status = ?, beeindigd_op = ?, reden_beeindiging = ?,
                    toelichting_beeindiging = ?, volgende_evaluatie_op = NULL,
                    beoordeling = CASE WHEN beoordeling = ? THEN ? ELSE beoordeling END
                WHERE zaak_id = ? AND versie = ?""")
                .params(Status.BEEINDIGD.name(), moment(event.beeindigdOp()), event.reden().name(),
                        event.toelichting(), TER_BEOORDELING.name(), NIET_BEOORDEELD.name(), event.zaakId(),
                        event.versie())
                .update();
        actief(event.zaakId(), false);
        SIGNALEN.forEach(signaal -> signalering.hefOp(event.zaakId(), signaal));
        termijnenVervallen(event.zaakId());
    }

    /** Returned to Veilig Thuis, the zaak asks nothing of the team any more; the plan's history stays. */
    @EventHandler
    void on(ZaakTeruggemeld event) {
        actief(event.zaakId(), false);
        SIGNALEN.forEach(signaal -> signalering.hefOp(event.zaakId(), signaal));
        termijnenVervallen(event.zaakId());
    }

    @ResetHandler
    void reset() {
        TABELLEN.forEach(tabel -> jdbc.sql("DELETE FROM " + tabel).update());
        jdbc.sql("UPDATE zaak_overzicht SET veiligheidsplan_actief = FALSE").update();
        signalering.vergeet(SIGNALEN);
        signalering.vergeetTermijnen(List.of(TERMIJN_EVALUATIE, TERMIJN_EINDE));
    }

    private void actief(String zaakId, boolean actief) {
        jdbc.sql("UPDATE zaak_overzicht SET veiligheidsplan_actief = ? WHERE zaak_id = ?").params(actief, zaakId)
                .update();
    }

    private void termijnenVervallen(String zaakId) {
        signalering.termijnVervalt(zaakId, TERMIJN_EVALUATIE);
        signalering.termijnVervalt(zaakId, TERMIJN_EINDE);
    }

    private static Timestamp moment(Instant moment) {
        return moment == null ? null : Timestamp.from(moment);
    }
}
