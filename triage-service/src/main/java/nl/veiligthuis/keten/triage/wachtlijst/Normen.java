package nl.veiligthuis.keten.triage.wachtlijst;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;

/** The two network norms of one region; see {@link WachtlijstNormen}. */
public record Normen(
        @Schema(description = "triages (eerste ronde) afgerond binnen 5 werkdagen; norm 90 %")
        Norm triageBinnenVijfWerkdagen,
        @Schema(description = "onderzoeken afgerond binnen hun termijn van 10 weken; norm 80 %")
        Norm onderzoekBinnenTienWeken) {

    static Normen geen(Instant van, Instant tot) {
        return new Normen(Norm.van(WachtlijstNormen.TRIAGE_NORM, van, tot, 0, 0),
                Norm.van(WachtlijstNormen.ONDERZOEK_NORM, van, tot, 0, 0));
    }
}
