package nl.veiligthuis.keten.wijkteam.veiligheidsplan;

import nl.veiligthuis.keten.wijkteam.zaak.Veiligheidsoordeel;

/** R13: a child's safety at the start of the plan next to the current one; startOordeel is null for a new child. */
public record KindVergelijking(String lidId, Veiligheidsoordeel startOordeel, Veiligheidsoordeel huidigOordeel,
                               Verloop verloop) {
}
