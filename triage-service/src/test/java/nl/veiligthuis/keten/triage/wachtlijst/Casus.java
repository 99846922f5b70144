package nl.veiligthuis.keten.triage.wachtlijst;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.veiligthuis.keten.triage.onderzoek.OnderzoekAfgerond;
import nl.veiligthuis.keten.triage.onderzoek.OnderzoekGestart;
import nl.veiligthuis.keten.triage.onderzoek.Onderzoeker;
import nl.veiligthuis.keten.triage.onderzoek.OverschrijdingGerechtvaardigd;
import nl.veiligthuis.keten.triage.onderzoek.RedenOverschrijding;
import nl.veiligthuis.keten.triage.overdracht.OverdrachtGedaan;
import nl.veiligthuis.keten.triage.overdracht.Route;
import nl.veiligthuis.keten.triage.termijn.Werkdagen;
import nl.veiligthuis.keten.triage.triage.Monitoringsfrequentie;
import nl.veiligthuis.keten.triage.triage.MonitoringsfrequentieVastgesteld;
import nl.veiligthuis.keten.triage.triage.TriageAfgerond;
import nl.veiligthuis.keten.triage.triage.TriageGeopend;
import nl.veiligthuis.keten.triage.triage.TriageGestart;
import nl.veiligthuis.keten.triage.triage.Triagist;
import nl.veiligthuis.keten.triage.triage.Uitkomst;
import nl.veiligthuis.keten.triage.triage.ZaakTeruggemeldOntvangen;
import nl.veiligthuis.keten.triage.triage.ZichtOpVeiligheidBijWijkteam;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.GenericEventMessage;

/**
 * One melding's course, fed as the aggregates' events through Axon's handler resolution into the projection. The
 * {@code binnenTermijn} flags are computed as the aggregates do.
 */
final class Casus {

    private static final Triagist TRIAGIST = new Triagist("T. Triagist", "010-0000000");

    private final AnnotationEventHandlerAdapter projectie;
    private final List<Object> gebeurtenissen;
    final String meldingId = UUID.randomUUID().toString();
    private final String gezinId = UUID.randomUUID().toString();
    private final String regio;
    private int ronde = 1;
    private int terugmeldingen;
    private Instant triagetermijnEinde;
    private String onderzoekId;
    private LocalDate onderzoekUiterlijk;
    private String overdrachtId;

    private Casus(AnnotationEventHandlerAdapter projectie, List<Object> gebeurtenissen, String regio) {
        this.projectie = projectie;
        this.gebeurtenissen = gebeurtenissen;
        this.regio = regio;
    }

    /** All cases of one test share the log, so a replay can feed them again in their original order. */
    static Casus in(AnnotationEventHandlerAdapter projectie, List<Object> gebeurtenissen, String regio) {
        return new Casus(projectie, gebeurtenissen, regio);
    }

    Casus ontvangen(Instant op) {
        return ontvangen(op, false);
    }

    Casus ontvangen(Instant op, boolean acuut) {
        return ontvangen(op, acuut, false);
    }

    Casus ontvangen(Instant op, boolean acuut, boolean herhaalmelding) {
        return ontvangen(op, acuut, herhaalmelding, null);
    }

    /** A police melding of this kind (002 §3.2): ZORGMELDING or MUTATIE_HUISELIJK_GEWELD. */
    Casus ontvangenVanPolitie(Instant op, String politiemelding) {
        return ontvangen(op, false, false, politiemelding);
    }

    private Casus ontvangen(Instant op, boolean acuut, boolean herhaalmelding, String politiemelding) {
        var uiterlijk = Werkdagen.triagetermijn(op);
        triagetermijnEinde = Werkdagen.eindeVan(uiterlijk);
        voer(new TriageGeopend(meldingId, gezinId, "Vlaardingen", acuut, op, uiterlijk, op, regio, herhaalmelding,
                politiemelding));
        return voer(new MonitoringsfrequentieVastgesteld(meldingId, gezinId,
                acuut ? Monitoringsfrequentie.DAGELIJKS : Monitoringsfrequentie.WEKELIJKS, "standaard bij ontvangst",
                null, op));
    }

    Casus triageGestart(Instant op) {
        return voer(new TriageGestart(meldingId, gezinId, TRIAGIST, op));
    }

    Casus triageAfgerond(Uitkomst uitkomst, Instant op) {
        voer(new TriageAfgerond(meldingId, gezinId, "Vlaardingen", uitkomst, TRIAGIST, null, "afweging", null, op,
                op.isBefore(triagetermijnEinde), ronde));
        if (uitkomst == Uitkomst.OVERDRACHT_LOKAAL_VELD) {
            overdrachtId = UUID.randomUUID().toString();
            voer(new OverdrachtGedaan(overdrachtId, meldingId, gezinId, Route.NA_TRIAGE, "Vlaardingen", null, op,
                    null));
        }
        return this;
    }

    Casus onderzoekGestart(Instant op) {
        onderzoekId = UUID.randomUUID().toString();
        onderzoekUiterlijk = op.atZone(Werkdagen.NEDERLAND).toLocalDate().plusWeeks(10);
        return voer(new OnderzoekGestart(onderzoekId, meldingId, gezinId, "Vlaardingen", op, onderzoekUiterlijk,
                new Onderzoeker("M. Jansen", "010-7654321")));
    }

    Casus overschrijdingGerechtvaardigd(LocalDate nieuweEinddatum, Instant op) {
        onderzoekUiterlijk = nieuweEinddatum;
        return voer(new OverschrijdingGerechtvaardigd(onderzoekId, meldingId, gezinId,
                RedenOverschrijding.MULTIPROBLEEM_GEZIN, "toelichting", nieuweEinddatum, op));
    }

    Casus onderzoekAfgerond(Instant op) {
        return voer(new OnderzoekAfgerond(onderzoekId, meldingId, gezinId, null, op,
                op.isBefore(Werkdagen.eindeVan(onderzoekUiterlijk))));
    }

    Casus overgedragenNaOnderzoek(Instant op) {
        overdrachtId = UUID.randomUUID().toString();
        return voer(new OverdrachtGedaan(overdrachtId, meldingId, gezinId, Route.NA_ONDERZOEK, "Vlaardingen",
                onderzoekId, op, 1));
    }

    Casus geaccepteerd(Instant op) {
        return voer(new ZichtOpVeiligheidBijWijkteam(meldingId, gezinId, UUID.randomUUID().toString(), overdrachtId,
                op, null));
    }

    Casus teruggemeld(Instant op) {
        terugmeldingen++;
        voer(new ZaakTeruggemeldOntvangen(meldingId, gezinId, UUID.randomUUID().toString(), overdrachtId,
                "NA_TRIAGE", "GEEN_PASSEND_AANBOD", op, op, terugmeldingen));
        ronde++;
        triagetermijnEinde = Werkdagen.eindeNaWerkdagen(op, 5);
        return this;
    }

    private Casus voer(Object gebeurtenis) {
        gebeurtenissen.add(gebeurtenis);
        voerIn(projectie, gebeurtenis);
        return this;
    }

    static void voerIn(AnnotationEventHandlerAdapter projectie, Object gebeurtenis) {
        try {
            projectie.handle(GenericEventMessage.asEventMessage(gebeurtenis));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
