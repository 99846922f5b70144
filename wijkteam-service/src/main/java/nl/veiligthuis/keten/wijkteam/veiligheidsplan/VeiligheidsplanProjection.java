package nl.veiligthuis.keten.wijkteam.veiligheidsplan;

import static nl.veiligthuis.keten.wijkteam.veiligheidsplan.VeiligheidsplanOverzicht.Beoordelingsstatus.NIET_BEOORDEELD;
import static nl.veiligthuis.keten.wijkteam.veiligheidsplan.VeiligheidsplanOverzicht.Beoordelingsstatus.TER_BEOORDELING;

import java.util.EnumSet;
import java.util.List;
import nl.veiligthuis.keten.platform.leesmodel.Leesmodel;
import nl.veiligthuis.keten.platform.leesmodel.Partitie;
import nl.veiligthuis.keten.platform.leesmodel.Rij;
import nl.veiligthuis.keten.platform.privacy.Leesmodelversleuteling;
import nl.veiligthuis.keten.platform.privacy.Ontsleuteling;
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
    private final Leesmodel leesmodel;
    private final Signalering signalering;
    private final Leesmodelversleuteling versleuteling;

    public VeiligheidsplanProjection(JdbcClient jdbc, Leesmodel leesmodel, Signalering signalering,
                                     Leesmodelversleuteling versleuteling) {
        this.jdbc = jdbc;
        this.leesmodel = leesmodel;
        this.signalering = signalering;
        this.versleuteling = versleuteling;
    }

    @EventHandler
    void on(VeiligheidsplanOpgesteld event) {
        Partitie versies = versies(event.zaakId());
        versies.wijzigAlle(versie -> versie.geheel("versie") < event.versie()
                        && EnumSet.of(Status.IN_WERKING, Status.VERLOPEN)
                        .contains(versie.soort("status", Status.class)),
                versie -> nietBeoordeeld(versie
                        .met("status", Status.VERVANGEN)
                        .met("volgende_evaluatie_op", null)));
        versies.voegToe(Rij.leeg()
                .met("versie", event.versie())
                .met("status", Status.IN_WERKING)
                .met("ernst", event.ernst())
                .met("afspraken", lijst(event, event.afspraken()))
                .met("maatregelen", versleuteling.versleutel(event.gezinId(), event.maatregelenBijOnveiligheid()))
                .met("startsituatie", lijst(event, event.startsituatie()))
                .met("opgesteld_op", event.opgesteldOp())
                .met("eindigt_op", event.eindigtOp())
                .met("volgende_evaluatie_op", event.eersteEvaluatieOp())
                .met("medewerker_naam", versleuteling.versleutel(event.gezinId(), event.medewerker().naam()))
                .met("medewerker_telefoon", versleuteling.versleutel(event.gezinId(), event.medewerker().telefoon()))
                .met("beoordeling", TER_BEOORDELING));
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
        versies(event.zaakId()).wijzig(versie -> versie
                .met("beoordeling", event.besluit())
                .met("opmerkingen", versleuteling.versleutel(event.gezinId(), event.opmerkingen()))
                .met("beoordeeld_op", event.beoordeeldOp())
                .met("teamleider_naam", versleuteling.versleutel(event.gezinId(), event.teamleider().naam())),
                event.zaakId(), event.versie());
        signalering.hefOp(event.zaakId(), Signaal.VEILIGHEIDSPLAN_TER_BEOORDELING);
        signalering.zetOfHefOp(event.zaakId(), Signaal.VEILIGHEIDSPLAN_TERUGGESTUURD,
                event.besluit() == Beoordeling.TERUGGESTUURD, event.beoordeeldOp());
    }

    @EventHandler
    void on(VeiligheidsplanGeevalueerd event, @SequenceNumber long volgnummer) {
        evaluaties(event.zaakId()).voegToe(Rij.leeg()
                .met("volgnummer", volgnummer)
                .met("versie", event.versie())
                .met("vergelijking", JSON.writeValueAsString(event.vergelijking()))
                .met("afspraken_nagekomen", event.afsprakenNagekomen())
                .met("maatregelen", versleuteling.versleutel(event.gezinId(), event.maatregelen()))
                .met("geevalueerd_op", event.geevalueerdOp())
                .met("volgende_evaluatie_op", event.volgendeEvaluatieOp())
                .met("op_tijd", event.opTijd())
                .met("medewerker_naam", versleuteling.versleutel(event.gezinId(), event.medewerker().naam())));
        versies(event.zaakId()).wijzig(versie -> versie.met("volgende_evaluatie_op", event.volgendeEvaluatieOp()),
                event.zaakId(), event.versie());
        signalering.hefOp(event.zaakId(), Signaal.VEILIGHEIDSPLAN_EVALUATIE_GEMIST);
        signalering.termijn(event.zaakId(), TERMIJN_EVALUATIE, event.volgendeEvaluatieOp());
    }

    @EventHandler
    void on(VeiligheidsplanEvaluatieGemist event) {
        gemisteEvaluaties(event.zaakId()).voegToe(Rij.leeg()
                .met("versie", event.versie())
                .met("gepland_op", event.geplandOp())
                .met("vastgesteld_op", event.vastgesteldOp()));
        signalering.zet(event.zaakId(), Signaal.VEILIGHEIDSPLAN_EVALUATIE_GEMIST, event.geplandOp());
    }

    @EventHandler
    void on(VeiligheidsplanVerlopen event) {
        versies(event.zaakId()).wijzig(versie -> versie
                .met("status", Status.VERLOPEN)
                .met("verlopen_op", event.eindigdeOp())
                .met("volgende_evaluatie_op", null), event.zaakId(), event.versie());
        actief(event.zaakId(), false);
        signalering.zet(event.zaakId(), Signaal.VEILIGHEIDSPLAN_VERLOPEN, event.eindigdeOp());
        termijnenVervallen(event.zaakId());
    }

    @EventHandler
    void on(VeiligheidsplanBeeindigd event) {
        versies(event.zaakId()).wijzig(versie -> nietBeoordeeld(versie
                .met("status", Status.BEEINDIGD)
                .met("beeindigd_op", event.beeindigdOp())
                .met("reden_beeindiging", event.reden())
                .met("toelichting_beeindiging", versleuteling.versleutel(event.gezinId(), event.toelichting()))
                .met("volgende_evaluatie_op", null)), event.zaakId(), event.versie());
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

    /**
     * A list of the plan as JSON, encrypted with the gezin's key (R21). Erased, its texts read as [gewist] and it holds
     * nothing to protect: stored as it is, for encrypting it would give the erased gezin a new key.
     */
    private String lijst(VeiligheidsplanOpgesteld event, List<?> lijst) {
        String json = JSON.writeValueAsString(lijst);
        return Ontsleuteling.GEWIST.equals(event.maatregelenBijOnveiligheid()) ? json
                : versleuteling.versleutel(event.gezinId(), json);
    }

    private void actief(String zaakId, boolean actief) {
        leesmodel.partitie("zaak_overzicht", zaakId).wijzig(zaak -> zaak.met("veiligheidsplan_actief", actief), zaakId);
    }

    private void termijnenVervallen(String zaakId) {
        signalering.termijnVervalt(zaakId, TERMIJN_EVALUATIE);
        signalering.termijnVervalt(zaakId, TERMIJN_EINDE);
    }

    /**
     * A versie replaced or ended while still under review will not be reviewed any more. Compared by name: the column
     * also holds the teamleider's {@link Beoordeling}.
     */
    private static Rij nietBeoordeeld(Rij versie) {
        return TER_BEOORDELING.name().equals(versie.tekst("beoordeling"))
                ? versie.met("beoordeling", NIET_BEOORDEELD) : versie;
    }

    private Partitie versies(String zaakId) {
        return leesmodel.partitie("veiligheidsplan_versie", zaakId);
    }

    private Partitie evaluaties(String zaakId) {
        return leesmodel.partitie("veiligheidsplan_evaluatie", zaakId);
    }

    private Partitie gemisteEvaluaties(String zaakId) {
        return leesmodel.partitie("veiligheidsplan_gemiste_evaluatie", zaakId);
    }
}
