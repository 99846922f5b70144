package nl.veiligthuis.keten.wijkteam.zaak;

import java.util.ArrayList;
import java.util.List;

/**
 * Something about a zaak that asks for attention, as a code. GEEN_REGISSEUR, ONVEILIG_KIND_ZONDER_VEILIGHEIDSPLAN,
 * VEILIGHEIDSOORDEEL_VEROUDERD and CONTACT_ACHTERSTALLIG are derived at query time; the others are set and lifted by the feature projections
 * through {@link Signalering}.
 */
public enum Signaal {

    /** R10: the zaak is in treatment and nobody holds the regie. */
    GEEN_REGISSEUR,
    /** R11: no gezinslid is registered yet, so nobody can be spoken with. */
    GEEN_GEZINSLEDEN,
    /** R11: a child has not been spoken with (with or without a recorded reason). */
    KIND_NIET_GESPROKEN,
    /** R11: a gezinslid has no conversation recorded at all: neither spoken with nor a reason why not. */
    GESPREK_ONTBREEKT,
    /** R11: a child's safety has not been assessed with a named instrument. */
    KIND_ZONDER_VEILIGHEIDSINSCHATTING,
    /**
     * Issue 14 point 9 (001: ETM/LIRIK "slechts over één ouder ingevuld"): a child's latest veiligheidsinschatting
     * does not cover every registered parent and (ex-)partner.
     */
    INSCHATTING_NIET_OVER_ALLE_OUDERS,
    /**
     * Issue 14 point 9: a child's current safety judgement is older than the re-evaluation period ({@link
     * Herbeoordeling}) without a new assessment or plan evaluation.
     */
    VEILIGHEIDSOORDEEL_VEROUDERD,
    /**
     * Issue 14 point 6 (R13): a child is judged unsafe and the team has had no contact with the gezin for longer than
     * the agreed frequency ({@code nl.veiligthuis.keten.wijkteam.contact.Contactritme}).
     */
    CONTACT_ACHTERSTALLIG,
    /**
     * Issue 14 point 6: a contact showed more worries than before, or an unsafe situation, and no child has been
     * judged again since (a veiligheidsinschatting or a veiligheidsplan evaluation).
     */
    CONTACT_VRAAGT_OM_NIEUWE_INSCHATTING,
    /** R11: the ZRM at the start of help is missing. */
    ZRM_START_ONTBREEKT,
    /** R12: the zaak is in treatment without an ondersteuningsplan. */
    GEEN_ONDERSTEUNINGSPLAN,
    /** R12: the process review six weeks after the start did not take place in time. */
    PROCESBESPREKING_GEMIST,
    /** R13: a child is judged unsafe and no veiligheidsplan is in force. */
    ONVEILIG_KIND_ZONDER_VEILIGHEIDSPLAN,
    /** R13: an evaluation moment of the veiligheidsplan passed without evaluation. */
    VEILIGHEIDSPLAN_EVALUATIE_GEMIST,
    /** R13: the veiligheidsplan's lead time (at most three months) ended without a new plan or closing it. */
    VEILIGHEIDSPLAN_VERLOPEN,
    /** Quality control: the ondersteuningsplan waits for the teamleider's review. */
    ONDERSTEUNINGSPLAN_TER_BEOORDELING,
    /** Quality control: the teamleider sent the ondersteuningsplan back with comments. */
    ONDERSTEUNINGSPLAN_TERUGGESTUURD,
    /** Quality control: the veiligheidsplan waits for the teamleider's review (it is in force meanwhile). */
    VEILIGHEIDSPLAN_TER_BEOORDELING,
    /** Quality control: the teamleider sent the veiligheidsplan back with comments. */
    VEILIGHEIDSPLAN_TERUGGESTUURD,
    /** Quality control: a proposed closing waits for the teamleider's review. */
    AFSLUITING_TER_BEOORDELING,
    /** R15: the zaak is escalated and the tafel has not decided yet. */
    OPGESCHAALD_WACHT_OP_BESLUIT,
    /** R14: Veilig Thuis made a monitoring contact that the team has not answered yet. */
    MONITORINGCONTACT_ONBEANTWOORD,
    /**
     * Issue 14 point 7: the zaak is closed and its nazorg's last day passed without any check. Set on the closed
     * zaak and shown on the worklist's nazorg, until a check is recorded after all.
     */
    NAZORG_VERLOPEN,
    /**
     * Issue 14 point 11 (R10): Veilig Thuis acted during the open zaak (a further handover joined it) and no
     * consultation with a split of tasks is recorded since.
     */
    TAAKVERDELING_MET_VEILIG_THUIS_ONTBREEKT,
    /** R9/R10: a further handover for the gezin joined this zaak and waits for the team to accept or split it off. */
    OVERDRACHT_WACHT_OP_ACCEPTATIE,
    /**
     * Issue 14 point 10 (R10, R2): the gezin moves; the zaak waits for the receiving wijkteam to take it over. Regie
     * and zicht op veiligheid stay with this team until then.
     */
    VERHUIZING_WACHT_OP_ACCEPTATIE,
    /**
     * Issue 14 point 10: the receiving wijkteam refused the move; this team still holds regie and zicht op veiligheid
     * of a gezin that may live elsewhere, until it announces the move anew or the zaak ends.
     */
    VERHUIZING_GEWEIGERD;

    public static List<Signaal> afgeleid(ZaakStatus status, HuidigeRegisseur regisseur, int onveiligeKinderen,
                                  boolean veiligheidsplanActief, boolean oordeelVerouderd,
                                  boolean contactAchterstallig) {
        List<Signaal> signalen = new ArrayList<>();
        if (status == ZaakStatus.IN_BEHANDELING && regisseur == null) {
            signalen.add(GEEN_REGISSEUR);
        }
        if (status == ZaakStatus.IN_BEHANDELING && onveiligeKinderen > 0 && !veiligheidsplanActief) {
            signalen.add(ONVEILIG_KIND_ZONDER_VEILIGHEIDSPLAN);
        }
        if (status == ZaakStatus.IN_BEHANDELING && oordeelVerouderd) {
            signalen.add(VEILIGHEIDSOORDEEL_VEROUDERD);
        }
        if (status == ZaakStatus.IN_BEHANDELING && contactAchterstallig) {
            signalen.add(CONTACT_ACHTERSTALLIG);
        }
        return signalen;
    }
}
