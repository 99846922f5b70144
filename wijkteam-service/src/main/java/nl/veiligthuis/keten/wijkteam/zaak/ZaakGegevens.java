package nl.veiligthuis.keten.wijkteam.zaak;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.veiligthuis.keten.platform.domein.DomeinregelDetails;
import nl.veiligthuis.keten.platform.tijd.Klok;
import nl.veiligthuis.keten.wijkteam.gezinsregie.GevoegdeOverdracht;

/**
 * What the parts of a Zaak (intake, plannen, afsluiting) may read of the zaak they belong to. The Zaak hands itself
 * to each part, so a part never keeps its own copy of the zaak's status.
 */
public interface ZaakGegevens {

    String zaakId();

    /** The handover of Veilig Thuis that opened the zaak, and its melding. */
    String overdrachtId();

    String meldingId();

    String gezinId();

    String gemeente();

    String team();

    ZaakStatus status();

    /** The start of help by the wijkteam; null before acceptance. */
    Instant geaccepteerdOp();

    /** The casusregisseur holding the regie now (R10); null when nobody does. */
    Regisseur regisseur();

    /** R11: the gezinsleden the intake registered; R13/R16 judge the children among them. */
    boolean heeftGezinsleden();

    /** R11: the lidIds of every gezinslid the intake registered. */
    Set<String> gezinsleden();

    /** R11: the lidIds of the children the intake registered; R13 plans for exactly these children. */
    Set<String> kinderen();

    /**
     * R16: gezinsleden are registered and every child's current oordeel (intake or plan evaluation) is VEILIG, every
     * child Veilig Thuis named included.
     */
    boolean veiligheidVanAlleKinderenVastgesteld();

    /** R16, issue 14 point 1: each known child whose safety is not established, with why; empty when all are. */
    List<String> kinderenNietVeiligVastgesteld();

    /** R11: each registered child with neither a conversation nor the reason why not recorded. */
    List<String> kinderenNietGehoord();

    /** R13: a veiligheidsplan is in force (drawn up, not ended, not expired). */
    boolean veiligheidsplanInWerking();

    /** R15: an escalation waits for the tafel's decision. */
    boolean wachtOpOpschalingsbesluit();

    /** R10/R15: a tafel took the regie over; only a new decision of a tafel changes it. */
    boolean regieBijTafel();

    /** R10: the handovers that joined the zaak after the one that opened it. */
    List<GevoegdeOverdracht> gevoegdeOverdrachten();

    /** R11: the ZRM at the end of help is recorded. */
    boolean zrmEindVastgelegd();

    /**
     * Refuses (409 with the rule) a day of something the team did on the zaak (a contact, an overleg) that lies in the
     * future or before the zaak was taken into treatment.
     */
    default void vereisDagInBehandeling(String regel, String wat, LocalDate dag, LocalDate vandaag) {
        if (dag.isAfter(vandaag)) {
            throw DomeinregelDetails.weigering(regel, wat + " op " + dag + " ligt in de toekomst");
        }
        LocalDate geaccepteerd = LocalDate.ofInstant(geaccepteerdOp(), Klok.NEDERLAND);
        if (dag.isBefore(geaccepteerd)) {
            throw DomeinregelDetails.weigering(regel, "zaak " + zaakId() + " is op " + geaccepteerd
                    + " in behandeling genomen; " + wat + " op " + dag + " hoort niet bij deze zaak");
        }
    }

    /** Refuses (409 with the rule) anything a team does on a zaak it does not have in treatment. */
    default void vereisInBehandeling(String regel, String handeling) {
        if (status() != ZaakStatus.IN_BEHANDELING) {
            throw DomeinregelDetails.weigering(regel, handeling + " kan alleen bij een zaak in behandeling; zaak "
                    + zaakId() + " is " + status());
        }
    }
}
