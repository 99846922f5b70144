package nl.veiligthuis.keten.melding.terugkoppeling;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import nl.veiligthuis.keten.melding.melding.MelderType;
import nl.veiligthuis.keten.melding.melding.Moment;
import nl.veiligthuis.keten.melding.melding.Vervolgroute;

/** One terugkoppeling: the letter, the codes it was made from, and how its dispatch to the melder went (R6). */
public record Terugkoppeling(
        @Schema(example = "NA_TRIAGE") Moment moment,
        @Schema(example = "triage-ronde-1", description = "The decision it answers: triage-ronde-N for the N-th "
                + "triage decision (a new decision after a return gets its own letter), onderzoek-<onderzoekId> for "
                + "a handover after onderzoek") String aanleiding,
        @Schema(example = "PROFESSIONAL") MelderType melderType,
        @Schema(example = "OVERGEDRAGEN_AAN_WIJKTEAM") Vervolgroute vervolgroute,
        @Schema(description = "Organisations in the follow-up route; empty for a citizen melder",
                example = "[\"Wijkteam Vlaardingen\"]") List<String> partners,
        @Schema(description = "The letter to send, built from the codes above only", example = """
                Geachte melder,

                Veilig Thuis heeft uw melding beoordeeld. De verdere hulp is overgedragen aan het wijkteam. \
                Betrokken bij het vervolg: Wijkteam Vlaardingen.

                Over de inhoud van de situatie kunnen wij u geen informatie geven. Dank voor uw melding.

                Met vriendelijke groet,
                Veilig Thuis Rotterdam Rijnmond""") String tekst,
        @Schema(example = "2026-11-24T10:00:01Z") Instant verstuurdOp,
        @Schema(description = "How its dispatch went (issue 14 point 5); null only while it is being queued")
        Bezorging bezorging) {
}
