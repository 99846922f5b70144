package nl.veiligthuis.keten.triage.wachtlijst;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import nl.veiligthuis.keten.triage.triage.Monitoringsfrequentie;

/** One open case on VT's worklist: ids, codes and moments only, no personal data. */
public record WerkvoorraadZaak(
        @Schema(example = "3f0c2a4e-8d1b-4c55-9a51-0b6f3c1d2e71") String meldingId,
        @Schema(example = "WACHT_OP_TRIAGE") Fase fase,
        @Schema(description = "SPOED voor een acuut onveilige melding: direct oppakken", example = "SPOED")
        Prioriteit prioriteit,
        @Schema(example = "true") boolean acuutOnveilig,
        @Schema(description = "VT was al betrokken bij het gezin toen de melding binnenkwam", example = "false")
        boolean herhaalmelding,
        @Schema(description = "hoe vaak een wijkteam de zaak terugmeldde (R9)", example = "0")
        int aantalTerugmeldingen,
        @Schema(example = "2026-11-20T14:05:00Z") Instant ontvangenOp,
        @Schema(description = "sinds wanneer de zaak in deze fase wacht", example = "2026-11-20T14:05:00Z")
        Instant wachtSinds,
        @Schema(description = "kalenderdagen sinds wachtSinds", example = "3") int dagenWachtend,
        @Schema(description = "werkdagen na de dag van wachtSinds", example = "1") int werkdagenWachtend,
        @Schema(description = "wanneer de termijn van deze fase verstrijkt", example = "2026-11-27T23:00:00Z")
        Instant termijnEinde,
        @Schema(example = "false") boolean termijnVerstreken,
        @Schema(description = "hoe vaak VT de veiligheid volgt zolang de zaak wacht (R5)", example = "DAGELIJKS")
        Monitoringsfrequentie monitoringsfrequentie,
        @Schema(description = "het laatste wachtcontact; null als VT nog geen had (R5)",
                example = "2026-11-23T10:00:00Z")
        Instant laatsteWachtcontactOp,
        @Schema(description = "uiterlijk moment van het volgende wachtcontact volgens de monitoringsfrequentie (R5)",
                example = "2026-11-24T10:00:00Z")
        Instant volgendWachtcontactUiterlijkOp,
        @Schema(description = "de monitoringsfrequentie is niet gehaald: het volgende wachtcontact is te laat (R5)",
                example = "false")
        boolean wachtcontactAchterstallig) {

    public enum Prioriteit { SPOED, REGULIER }
}
