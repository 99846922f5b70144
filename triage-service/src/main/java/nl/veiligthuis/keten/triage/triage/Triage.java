package nl.veiligthuis.keten.triage.triage;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import nl.veiligthuis.keten.platform.web.DomeinregelDetails;
import nl.veiligthuis.keten.triage.overdracht.OverdrachtGedaan;
import nl.veiligthuis.keten.triage.overdracht.Route;
import nl.veiligthuis.keten.triage.termijn.Werkdagen;
import nl.veiligthuis.keten.triage.triage.ZichtOpVeiligheidBijVeiligThuis.Grond;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.DeadlineMessage;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

@Aggregate
public class Triage {

    static final String TRIAGETERMIJN = "triagetermijn";

    @AggregateIdentifier
    private String meldingId;
    private String gezinId;
    private String gemeente;
    private LocalDate uiterlijkAfgerondOp;
    private boolean afgerond;
    private boolean termijnOverschreden;
    private boolean zichtOpVeiligheidBijVeiligThuis;

    protected Triage() {
    }

    @CommandHandler
    public Triage(OpenTriage command, Clock klok, DeadlineManager deadlineManager) {
        var uiterlijk = Werkdagen.triagetermijn(command.ontvangenOp());
        apply(new TriageGeopend(command.meldingId(), command.gezinId(), command.gemeente(), command.acuutOnveilig(),
                command.ontvangenOp(), uiterlijk, klok.instant()));
        if (command.acuutOnveilig()) {
            // Axon applies events in a constructor only after it returns: the fields are not set yet
            apply(new ZichtOpVeiligheidBijVeiligThuis(command.meldingId(), command.gezinId(), command.ontvangenOp(),
                    Grond.ACUUT_ONVEILIG));
        }
        deadlineManager.schedule(Werkdagen.eindeVan(uiterlijk), TRIAGETERMIJN);
    }

    @CommandHandler
    public void handle(RondTriageAf command, Clock klok, DeadlineManager deadlineManager) {
        if (afgerond) {
            throw DomeinregelDetails.weigering("R3", "de triage van deze melding is al afgerond");
        }
        var nu = klok.instant();
        boolean binnenTermijn = !termijnOverschreden && nu.isBefore(Werkdagen.eindeVan(uiterlijkAfgerondOp));
        apply(new TriageAfgerond(meldingId, gezinId, gemeente, command.uitkomst(), command.triagist(),
                command.ernst(), command.onderbouwing(), command.advies(), nu, binnenTermijn));
        deadlineManager.cancelAllWithinScope(TRIAGETERMIJN);
        // R3: AFSLUITEN means no further VT involvement, so completing the triage does not make VT responsible
        if (command.uitkomst() != Uitkomst.AFSLUITEN) {
            neemZichtOpVeiligheid(nu, Grond.TRIAGE_AFGEROND);
        }
        if (command.uitkomst() == Uitkomst.OVERDRACHT_LOKAAL_VELD) {
            // R7: handover directly after triage; no VT monitoring follows
            apply(new OverdrachtGedaan(overdrachtId(meldingId), meldingId, gezinId, Route.NA_TRIAGE, gemeente, null,
                    nu));
        }
    }

    // the first parameter is the deadline's payload: without it, Axon would match the Clock as payload
    @DeadlineHandler(deadlineName = TRIAGETERMIJN)
    void triagetermijnVerstreken(DeadlineMessage<?> deadline, Clock klok) {
        if (!afgerond && !termijnOverschreden) {
            apply(new TriagetermijnOverschreden(meldingId, gezinId, uiterlijkAfgerondOp, klok.instant()));
            // the moment the term passed, not when the deadline happened to fire
            neemZichtOpVeiligheid(Werkdagen.eindeVan(uiterlijkAfgerondOp), Grond.TRIAGETERMIJN_OVERSCHREDEN);
        }
    }

    private void neemZichtOpVeiligheid(Instant sinds, Grond grond) {
        if (!zichtOpVeiligheidBijVeiligThuis) {
            apply(new ZichtOpVeiligheidBijVeiligThuis(meldingId, gezinId, sinds, grond));
        }
    }

    public static String overdrachtId(String meldingId) {
        return UUID.nameUUIDFromBytes(("overdracht-na-triage:" + meldingId).getBytes(StandardCharsets.UTF_8))
                .toString();
    }

    @EventSourcingHandler
    void on(TriageGeopend event) {
        meldingId = event.meldingId();
        gezinId = event.gezinId();
        gemeente = event.gemeente();
        uiterlijkAfgerondOp = event.uiterlijkAfgerondOp();
    }

    @EventSourcingHandler
    void on(TriageAfgerond event) {
        afgerond = true;
    }

    @EventSourcingHandler
    void on(TriagetermijnOverschreden event) {
        termijnOverschreden = true;
    }

    @EventSourcingHandler
    void on(ZichtOpVeiligheidBijVeiligThuis event) {
        zichtOpVeiligheidBijVeiligThuis = true;
    }
}
