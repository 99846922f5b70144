package nl.veiligthuis.keten.monitoring.inspectie;

import java.util.List;

/** Every criterion, in the order of the chain, judged for one dossier at one moment. */
final class Toetsingskader {

    private Toetsingskader() {
    }

    static List<Toetsing> toets(Gezinsdossier dossier, Moment moment) {
        return List.of(
                TermijnToetsen.triage(dossier, moment),
                Acuuttoets.acuutGehandeld(dossier, moment),
                TermijnToetsen.onderzoek(dossier, moment),
                OverdrachtToetsen.overdrachtsgesprek(dossier),
                OverdrachtToetsen.delen(dossier),
                TermijnToetsen.monitoring(dossier, moment),
                ZaakToetsen.casusregisseur(dossier, moment),
                Samenwerkingstoets.taakverdeling(dossier, moment),
                Verhuizingstoets.warmOvergedragen(dossier, moment),
                ZaakToetsen.kinderenGesproken(dossier),
                ZaakToetsen.veiligheidBeoordeeld(dossier),
                OordeelToetsen.overAlleOuders(dossier),
                OordeelToetsen.actueel(dossier, moment),
                PlanToetsen.hulpvraag(dossier, moment),
                PlanToetsen.familiegroepsplan(dossier),
                PlanToetsen.gezamenlijkGeevalueerd(dossier, moment),
                ZaakToetsen.veiligheidsplan(dossier, moment),
                Contacttoets.contactBijOnveiligKind(dossier, moment),
                Opschalingstoets.opschaling(dossier, moment),
                ZaakToetsen.afsluiting(dossier),
                Nazorgtoets.nazorg(dossier, moment),
                OverdrachtToetsen.terugmeldingen(dossier));
    }
}
