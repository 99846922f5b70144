package nl.veiligthuis.keten.monitoring.betrokkenheid;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** A gezin with a match (R18): how many organisations are involved now, never which content. */
public record Match(@Schema(example = "a7e5d6c4-1b2a-4f3e-8d9c-5b6a7f8e9d01") String gezinId,
                    @Schema(example = "2") int aantalOrganisaties,
                    List<String> kinderenMetMatch) {
}
