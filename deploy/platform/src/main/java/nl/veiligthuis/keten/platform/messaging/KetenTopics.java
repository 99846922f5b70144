package nl.veiligthuis.keten.platform.messaging;

import java.util.List;

/**
 * The four topics of the chain, one per publishing service, and the chain's privacy topic, which every service
 * publishes on and reads (docs/events/README.md).
 */
public final class KetenTopics {

    public static final String MELDING = "keten.melding.v1";
    public static final String TRIAGE = "keten.triage.v1";
    public static final String WIJKTEAM = "keten.wijkteam.v1";
    public static final String MONITORING = "keten.monitoring.v1";
    public static final List<String> ALLE = List.of(MELDING, TRIAGE, WIJKTEAM, MONITORING);
    /** Erasures (R21): a gezin erased on request in one service is erased in the others too. */
    public static final String PRIVACY = "keten.privacy.v1";
    /** The access logs' anchors (R20), compacted: per service its latest chain head, kept outside its database. */
    public static final String TOEGANGSLOG = "keten.toegangslog.v1";

    /** Dead-letter topic per topic and consuming service, so operations see whose consumer gave up. */
    public static String deadLetter(String topic, String consumer) {
        return topic + "." + consumer + ".dlt";
    }

    private KetenTopics() {
    }
}
