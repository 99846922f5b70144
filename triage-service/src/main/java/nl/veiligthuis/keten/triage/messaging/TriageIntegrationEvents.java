package nl.veiligthuis.keten.triage.messaging;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Payloads of triage-service's integration events; schemas in docs/events/schemas/. */
final class TriageIntegrationEvents {

    record TriageGeopendV1(String meldingId, String gezinId, Instant geopendOp, LocalDate uiterlijkAfgerondOp,
                           boolean acuutOnveilig, boolean zichtOpVeiligheidBijVeiligThuis, String regio,
                           boolean herhaalmelding, Actor actor) {
    }

    record TriageGestartV1(String meldingId, String gezinId, Instant gestartOp, Actor actor) {
    }

    record TriageAfgerondV1(String meldingId, String gezinId, String uitkomst, String ernst, Instant afgerondOp,
                            boolean binnenTermijn, int ronde, Actor actor) {
    }

    record TriagetermijnOverschredenV1(String meldingId, String gezinId, LocalDate uiterlijkAfgerondOp,
                                       Instant overschredenOp, Actor actor) {
    }

    record ZichtOpVeiligheidBijVeiligThuisV1(String meldingId, String gezinId, String houder, Instant sinds,
                                             String grond, Actor actor) {
    }

    record OnderzoekAangemeldV1(String onderzoekId, String meldingId, String gezinId, Instant aangemeldOp,
                                Actor actor) {
    }

    record OnderzoekGestartV1(String onderzoekId, String meldingId, String gezinId, Instant gestartOp,
                              LocalDate uiterlijkAfgerondOp, Actor actor) {
    }

    record OnderzoekAfgerondV1(String onderzoekId, String meldingId, String gezinId, Instant afgerondOp,
                               boolean binnenTermijn, int aantalDoelen, Actor actor) {
    }

    record OnderzoekstermijnOverschredenV1(String onderzoekId, String meldingId, String gezinId,
                                           LocalDate uiterlijkAfgerondOp, Instant overschredenOp, Actor actor) {
    }

    /** R4: only the resulting end date; the toelichting and a (expected) date of birth stay here (D4). */
    record OnderzoekstermijnVerlengdV1(String onderzoekId, String meldingId, String gezinId, String reden,
                                       LocalDate uiterlijkAfgerondOp, Instant geregistreerdOp, Actor actor) {
    }

    record OverdrachtsgesprekGevoerdV1(String onderzoekId, String meldingId, String gezinId, Instant gevoerdOp,
                                       int aantalDeelnemers, Actor actor) {
    }

    /** R14: aantalDoelen, the goals of the rapportage VT monitors against, only after an onderzoek. */
    record OverdrachtGedaanV1(String overdrachtId, String meldingId, String gezinId, String route, String gemeente,
                              Instant overdrachtGedaanOp, String onderzoekId,
                              @JsonInclude(JsonInclude.Include.NON_NULL) Integer aantalDoelen, String toestemming,
                              @JsonInclude(JsonInclude.Include.NON_NULL) List<GenoemdGezinslidV1> leden,
                              Actor actor) {
    }

    /** R11, issue 14 point 1: a person the melding names, pseudonymous (D4); absent for handovers that named none. */
    record GenoemdGezinslidV1(String persoonId, String rol) {
    }

    /** R5: codes and moments only; the medewerker stays in triage-service (D4). */
    record WachtcontactVastgelegdV1(String meldingId, String gezinId, String contactId, Instant contactOp,
                                    String wijze, boolean veiligheidOngewijzigd, String monitoringsfrequentie,
                                    Instant volgendContactUiterlijkOp, Actor actor) {
    }

    record WachtcontactGemistV1(String meldingId, String gezinId, String monitoringsfrequentie,
                                Instant laatsteContactOp, Instant uiterlijkOp, int gemisteIntervallen,
                                Instant volgendContactUiterlijkOp, Instant vastgesteldOp, Actor actor) {
    }

    private TriageIntegrationEvents() {
    }
}
