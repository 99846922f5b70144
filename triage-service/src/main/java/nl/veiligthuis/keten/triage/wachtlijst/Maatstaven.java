package nl.veiligthuis.keten.triage.wachtlijst;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.EnumMap;
import java.util.Map;

/** R5: the six measures for one region at one moment; see the definitions in {@link WachtlijstMaatstaven}. */
public record Maatstaven(
        @Schema(description = "(1) wacht langer dan 5 werkdagen op de start van de triage", example = "3")
        int wachtOpStartTriage,
        @Schema(description = "(2) triage gestart, niet afgerond, langer dan 5 werkdagen na binnenkomst",
                example = "2")
        int triageLangerDanVijfWerkdagen,
        @Schema(description = "(3) langer dan 5 werkdagen op de wachtlijst voor onderzoek", example = "0")
        int wachtOpOnderzoek,
        @Schema(description = "(4) onderzoek niet afgerond en langer dan 10 weken na de start", example = "4")
        int onderzoekLangerDanTienWeken,
        @Schema(description = "waarvan met een gerechtvaardigde overschrijding (R4) die nog loopt", example = "1")
        int onderzoekLangerDanTienWekenGerechtvaardigd,
        @Schema(description = "(5) overgedragen, langer dan 5 werkdagen niet geaccepteerd door het lokale veld",
                example = "1")
        int wachtOpOverdracht,
        @Schema(description = "(6) meer dan 10 weken na binnenkomst zonder geaccepteerde overdracht "
                + "(niet getrieerd of op weg naar het lokale veld)", example = "5")
        int nietOvergedragenNaTienWeken) {

    static final Maatstaven GEEN = new Maatstaven(0, 0, 0, 0, 0, 0, 0);

    public Map<Maatstaf, Integer> perMaatstaf() {
        var waarden = new EnumMap<Maatstaf, Integer>(Maatstaf.class);
        waarden.put(Maatstaf.WACHT_OP_START_TRIAGE, wachtOpStartTriage);
        waarden.put(Maatstaf.TRIAGE_LANGER_DAN_VIJF_WERKDAGEN, triageLangerDanVijfWerkdagen);
        waarden.put(Maatstaf.WACHT_OP_ONDERZOEK, wachtOpOnderzoek);
        waarden.put(Maatstaf.ONDERZOEK_LANGER_DAN_TIEN_WEKEN, onderzoekLangerDanTienWeken);
        waarden.put(Maatstaf.WACHT_OP_OVERDRACHT, wachtOpOverdracht);
        waarden.put(Maatstaf.NIET_OVERGEDRAGEN_NA_TIEN_WEKEN, nietOvergedragenNaTienWeken);
        return waarden;
    }
}
