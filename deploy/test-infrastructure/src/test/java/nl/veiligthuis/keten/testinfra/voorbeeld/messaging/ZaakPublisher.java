package nl.veiligthuis.keten.testinfra.voorbeeld.messaging;

import org.apache.kafka.clients.producer.ProducerRecord;

/** Keeps the rules: the messaging package may know Kafka. */
public class ZaakPublisher {

    ProducerRecord<String, String> record() {
        return new ProducerRecord<>("keten.wijkteam.v1", "x");
    }
}
