package nl.veiligthuis.keten.platform.axon;

import java.lang.management.ManagementFactory;
import java.util.UUID;

/**
 * This running instance of a service: the owner of its token claims and its row in {@code keten_instantie}. Unique
 * per start, also for two instances in one JVM, where Axon's default (the JVM's name) would be shared.
 */
public record KetenInstantie(String id) {

    public static KetenInstantie nieuw(String dienst) {
        return new KetenInstantie(dienst + "@" + ManagementFactory.getRuntimeMXBean().getName() + "/"
                + UUID.randomUUID().toString().substring(0, 8));
    }
}
