package nl.veiligthuis.keten.monitoring.betrokkenheid;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * The organisations involved with a gezin and its registered children (R18). {@code match}: two or more distinct
 * organisations are involved now with the gezin, or with one of its children (also through another gezin).
 */
public record BetrokkenheidVanGezin(
        @Schema(example = "a7e5d6c4-1b2a-4f3e-8d9c-5b6a7f8e9d01") String gezinId,
        boolean match,
        @Schema(description = "Children (pseudonymous ids) with two or more organisations involved")
        List<String> kinderenMetMatch,
        List<BetrokkenOrganisatie> betrokkenheden) {
}
