package nl.veiligthuis.keten.melding.melding;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;

/** What other systems may read of a melding: no names, no dates of birth, no BSN, no free text. */
public record MeldingOverzicht(
        @Schema(example = "3f0c2a4e-8d1b-4c55-9a51-0b6f3c1d2e71") String meldingId,
        @Schema(description = "The current gezin, after a confirmed koppeling the confirmed one",
                example = "a7e5d6c4-1b2a-4f3e-8d9c-5b6a7f8e9d01") String gezinId,
        @Schema(example = "POLITIE") MelderType melderType,
        @Schema(example = "Vlaardingen") String gemeente,
        @Schema(example = "Veilig Thuis Rotterdam Rijnmond") String regio,
        @Schema(example = "[\"PARTNERGEWELD\"]") List<String> geweldsvormen,
        @Schema(example = "true") boolean kinderenAanwezig,
        @Schema(example = "false") boolean acuutOnveilig,
        @Schema(example = "1") int aantalKinderen,
        @Schema(example = "2026-11-20T14:05:00Z") Instant ontvangenOp,
        @Schema(description = "Offers still open: neither confirmed nor rejected") List<MogelijkDuplicaat> mogelijkeDuplicaten) {

    /** The same melding with only these offers: those the caller may know (issue 13 point 4). */
    public MeldingOverzicht metDuplicaten(List<MogelijkDuplicaat> zichtbaar) {
        return new MeldingOverzicht(meldingId, gezinId, melderType, gemeente, regio, geweldsvormen, kinderenAanwezig,
                acuutOnveilig, aantalKinderen, ontvangenOp, zichtbaar);
    }
}
