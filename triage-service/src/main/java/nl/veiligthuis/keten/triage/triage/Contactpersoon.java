package nl.veiligthuis.keten.triage.triage;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * Issue 14 point 5 (003: "welk poppetje erop zit"; R3): who the melder can call at Veilig Thuis about the melding: the
 * triagist after the triage, the onderzoeker after an onderzoek. A professional's work name and direct number.
 */
public record Contactpersoon(
        @Schema(example = "3f0c2a4e-8d1b-4c55-9a51-0b6f3c1d2e71") String meldingId,
        @Schema(example = "TRIAGIST") Rol rol,
        @Schema(example = "A. de Vries") String naam,
        @Schema(example = "010-1234567") String telefoon,
        @Schema(example = "Veilig Thuis Rotterdam Rijnmond") String organisatie) {

    public enum Rol { TRIAGIST, ONDERZOEKER }
}
