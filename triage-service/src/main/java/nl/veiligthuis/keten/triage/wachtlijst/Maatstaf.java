package nl.veiligthuis.keten.triage.wachtlijst;

import java.util.Locale;

/** R5: the six waiting-list measures of the inspectorate (footnote 4), as they are named in the metrics. */
public enum Maatstaf {
    WACHT_OP_START_TRIAGE,
    TRIAGE_LANGER_DAN_VIJF_WERKDAGEN,
    WACHT_OP_ONDERZOEK,
    ONDERZOEK_LANGER_DAN_TIEN_WEKEN,
    WACHT_OP_OVERDRACHT,
    NIET_OVERGEDRAGEN_NA_TIEN_WEKEN;

    /** The value of the {@code maatstaf} label, e.g. {@code wacht_op_start_triage}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
