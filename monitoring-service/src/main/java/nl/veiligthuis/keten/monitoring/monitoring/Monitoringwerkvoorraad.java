package nl.veiligthuis.keten.monitoring.monitoring;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;

/**
 * R14, issue 14 point 8: what in a Veilig Thuis regio's monitoring has lapsed and asks a person to act: monitoringen
 * that passed their term without a first contact, and contacts the wijkteam has not answered within the answer term.
 * Pseudonymous ids and moments only.
 */
public record Monitoringwerkvoorraad(
        @Schema(example = "Veilig Thuis Rotterdam Rijnmond") String regio,
        @Schema(example = "2026-12-07T09:00:00Z") Instant op,
        @Schema(description = "MonitoringVerlopen: the term passed without a first contact; oldest lapse first")
        List<Verlopen> verlopen,
        @Schema(description = "Contacts of VT the wijkteam did not answer within the answer term; oldest first")
        List<Onbeantwoord> onbeantwoord) {

    public record Verlopen(
            @Schema(example = "0d3c2b1a-9f8e-4d7c-b6a5-4f3e2d1c0b9a") String monitoringId,
            @Schema(example = "a7e5d6c4-1b2a-4f3e-8d9c-5b6a7f8e9d01") String gezinId,
            @Schema(example = "2026-08-01T10:00:00Z") Instant overdrachtGedaanOp,
            @Schema(example = "2026-11-01T10:00:00Z") Instant uiterlijkEersteContactOp,
            @Schema(example = "2026-11-02T00:00:00Z") Instant verlopenOp,
            @Schema(example = "K. de Boer", description = "Issue 14 point 8: who took it on; null while nobody did, "
                    + "and for a reader outside Veilig Thuis")
            String opgepaktDoor,
            @Schema(example = "2026-11-03T09:00:00Z") Instant opgepaktOp) {
    }

    /** Answer of {@code POST /api/v1/monitoringen/{monitoringId}/oppakken}. */
    public record Opgepakt(
            @Schema(example = "0d3c2b1a-9f8e-4d7c-b6a5-4f3e2d1c0b9a") String monitoringId,
            @Schema(example = "5e4d3c2b-1a09-4f8e-9d7c-6b5a4f3e2d1c") String contactId,
            @Schema(example = "K. de Boer") String opgepaktDoor,
            @Schema(example = "J. Jansen", description = "Who held it before, when taken over; else null")
            String eerderOpgepaktDoor) {
    }

    public record Onbeantwoord(
            @Schema(example = "0d3c2b1a-9f8e-4d7c-b6a5-4f3e2d1c0b9a") String monitoringId,
            @Schema(example = "a7e5d6c4-1b2a-4f3e-8d9c-5b6a7f8e9d01") String gezinId,
            @Schema(example = "5e4d3c2b-1a09-4f8e-9d7c-6b5a4f3e2d1c") String contactId,
            @Schema(example = "2026-11-10T10:00:00Z") Instant contactOp,
            @Schema(example = "27", description = "Whole days since the contact") long dagenOnbeantwoord,
            @Schema(example = "K. de Boer", description = "Issue 14 point 8: who took it on; null while nobody did, "
                    + "and for a reader outside Veilig Thuis")
            String opgepaktDoor,
            @Schema(example = "2026-12-01T09:00:00Z") Instant opgepaktOp) {
    }
}
