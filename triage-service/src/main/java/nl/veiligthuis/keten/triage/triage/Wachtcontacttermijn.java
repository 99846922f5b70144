package nl.veiligthuis.keten.triage.triage;

import java.time.Instant;

/**
 * The payload of the wachtcontact deadline: the moment it checks. A deadline that fires after the case was
 * rescheduled (a contact or a new frequency raced it) no longer matches and is ignored.
 */
public record Wachtcontacttermijn(Instant uiterlijkOp) {
}
