package nl.veiligthuis.keten.wijkteam.veiligheidsplan;

import java.time.Instant;

/** Payload of the plan's deadlines: a deadline of an older versie or moment that still fires changes nothing. */
public record VeiligheidsplanMoment(int versie, Instant op) {
}
