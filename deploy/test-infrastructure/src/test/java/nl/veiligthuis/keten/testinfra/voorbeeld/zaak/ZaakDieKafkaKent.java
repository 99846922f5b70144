package nl.veiligthuis.keten.testinfra.voorbeeld.zaak;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.springframework.web.bind.annotation.RestController;

/** Breaks both rules of {@code KetenArchitectuur}: a domain class that knows Kafka and Spring Web. */
@RestController
public class ZaakDieKafkaKent {

    ProducerRecord<String, String> record() {
        return new ProducerRecord<>("keten.wijkteam.v1", "x");
    }
}
