package nl.veiligthuis.keten.triage.wachtlijst;

import io.swagger.v3.oas.annotations.media.Schema;

/** R5: the waiting lists and the norms of one VT region at one moment, with its share of herhaalmeldingen. */
public record RegioWachtlijst(
        @Schema(description = "de VT-regio; ONBEKEND voor meldingen zonder bekende regio",
                example = "Veilig Thuis Rotterdam Rijnmond") String regio,
        Maatstaven maatstaven,
        Normen normen,
        Herhaalmeldingen herhaalmeldingen) {
}
