package nl.veiligthuis.keten.wijkteam.veiligheidsplan;

import java.time.Instant;
import java.util.List;
import nl.veiligthuis.keten.wijkteam.zaak.Medewerker;

/**
 * The current versie of a zaak's veiligheidsplan (R13) for the team: its agreements, terms, review, evaluations
 * with the comparison per child, missed evaluations and the earlier versies.
 */
public record VeiligheidsplanOverzicht(String zaakId, int versie, Status status, Beoordelingsstatus beoordeling,
                                       String opmerkingen, Instant beoordeeldOp, String beoordeeldDoor,
                                       Dreiging ernst, List<Afspraak> afspraken, String maatregelenBijOnveiligheid,
                                       List<KindOordeel> startsituatie, Instant opgesteldOp, Instant eindigtOp,
                                       Instant volgendeEvaluatieOp, Medewerker opgesteldDoor,
                                       Instant verlopenOp, Instant beeindigdOp, RedenBeeindiging redenBeeindiging,
                                       List<Evaluatie> evaluaties, List<GemisteEvaluatie> gemisteEvaluaties,
                                       List<EerdereVersie> eerdereVersies) {

    public enum Status {
        IN_WERKING,
        /** The lead time passed without a new versie or an end (R13). */
        VERLOPEN,
        BEEINDIGD,
        /** An earlier versie, replaced by a newer one. */
        VERVANGEN
    }

    public enum Beoordelingsstatus {
        TER_BEOORDELING,
        GOEDGEKEURD,
        TERUGGESTUURD,
        /** Replaced or ended before the teamleider reviewed it. */
        NIET_BEOORDEELD
    }

    public record Evaluatie(int versie, List<KindVergelijking> vergelijking, boolean afsprakenNagekomen,
                            String maatregelen, Instant geevalueerdOp, Instant volgendeEvaluatieOp, boolean opTijd,
                            String medewerker) {
    }

    public record GemisteEvaluatie(int versie, Instant geplandOp, Instant vastgesteldOp) {
    }

    public record EerdereVersie(int versie, Status status, Dreiging ernst, Instant opgesteldOp, Instant eindigtOp,
                                Beoordelingsstatus beoordeling, String opmerkingen) {
    }
}
