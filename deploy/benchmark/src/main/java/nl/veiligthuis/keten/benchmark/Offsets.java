package nl.veiligthuis.keten.benchmark;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * An operator's offset tool for the fault suite (no Kafka CLI ships with the embedded broker).
 * <pre>
 * reset GROUP   sets every committed offset of the (stopped) group back to the start of its partition
 * lag GROUP     prints the group's total lag: records past its committed offsets
 * </pre>
 * {@code --bootstrap} defaults to localhost:9092.
 */
public final class Offsets {

    private static final Duration WACHTTIJD = Duration.ofSeconds(60);

    private Offsets() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.out.println("usage: reset|lag GROUP [--bootstrap HOST:PORT]");
            System.exit(2);
        }
        String bootstrap = args.length >= 4 && args[2].equals("--bootstrap") ? args[3] : "localhost:9092";
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            switch (args[0]) {
                case "reset" -> reset(admin, args[1]);
                case "lag" -> System.out.println(lag(admin, args[1]));
                default -> {
                    System.out.println("unknown action " + args[0]);
                    System.exit(2);
                }
            }
        }
    }

    /** Kafka refuses to move the offsets of a group with members: waits until the stopped group has left. */
    private static void reset(Admin admin, String groep) throws Exception {
        Instant grens = Instant.now().plus(WACHTTIJD);
        Map<TopicPartition, OffsetAndMetadata> vastgelegd = vastgelegd(admin, groep);
        Map<TopicPartition, OffsetAndMetadata> begin = new HashMap<>();
        eerste(admin, vastgelegd.keySet()).forEach((partitie, offset) -> begin.put(partitie, new OffsetAndMetadata(offset)));
        while (true) {
            try {
                admin.alterConsumerGroupOffsets(groep, begin).all().get(10, TimeUnit.SECONDS);
                System.out.println("reset " + groep + ": " + begin.size() + " partitions back to their start");
                return;
            } catch (ExecutionException e) {
                if (Instant.now().isAfter(grens)) {
                    throw e;
                }
                Thread.sleep(1_000);
            }
        }
    }

    private static long lag(Admin admin, String groep) throws Exception {
        Map<TopicPartition, OffsetAndMetadata> vastgelegd = vastgelegd(admin, groep);
        Map<TopicPartition, Long> eind = offsets(admin, vastgelegd.keySet(), OffsetSpec.latest());
        return vastgelegd.entrySet().stream()
                .mapToLong(e -> Math.max(0, eind.get(e.getKey()) - e.getValue().offset()))
                .sum();
    }

    private static Map<TopicPartition, OffsetAndMetadata> vastgelegd(Admin admin, String groep) throws Exception {
        return admin.listConsumerGroupOffsets(groep).partitionsToOffsetAndMetadata().get(10, TimeUnit.SECONDS)
                .entrySet().stream().filter(e -> e.getValue() != null)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private static Map<TopicPartition, Long> eerste(Admin admin, Set<TopicPartition> partities) throws Exception {
        return offsets(admin, partities, OffsetSpec.earliest());
    }

    private static Map<TopicPartition, Long> offsets(Admin admin, Set<TopicPartition> partities, OffsetSpec spec)
            throws Exception {
        ListOffsetsResult result = admin.listOffsets(partities.stream()
                .collect(Collectors.toMap(p -> p, p -> spec)));
        Map<TopicPartition, Long> offsets = new HashMap<>();
        for (TopicPartition partitie : partities) {
            offsets.put(partitie, result.partitionResult(partitie).get(10, TimeUnit.SECONDS).offset());
        }
        return offsets;
    }
}
