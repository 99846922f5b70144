package nl.veiligthuis.keten.testinfra;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.Test;

/** The shared rules catch what they are for, and only that (issue 12 point 4). */
class KetenArchitectuurTest {

    private static final JavaClasses VOORBEELD =
            new ClassFileImporter().importPackages("nl.veiligthuis.keten.testinfra.voorbeeld");

    @Test
    void onlyTheMessagingPackageMayKnowKafka() {
        EvaluationResult resultaat = KetenArchitectuur.ALLEEN_MESSAGING_KENT_KAFKA.evaluate(VOORBEELD);

        assertThat(resultaat.hasViolation()).isTrue();
        assertThat(resultaat.getFailureReport().getDetails())
                .anyMatch(regel -> regel.contains("ZaakDieKafkaKent"))
                .noneMatch(regel -> regel.contains("ZaakPublisher"));
    }

    @Test
    void aDomainClassMayNotKnowSpringWeb() {
        EvaluationResult resultaat = KetenArchitectuur.DOMEIN_KENT_HET_WEB_NIET.evaluate(VOORBEELD);

        assertThat(resultaat.getFailureReport().getDetails()).anyMatch(regel -> regel.contains("ZaakDieKafkaKent"));
    }
}
