package nl.veiligthuis.keten.triage;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "nl.veiligthuis.keten.triage", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule onlyMessagingTalksToKafka = noClasses()
            .that().resideOutsideOfPackage("..triage.messaging..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework.kafka..", "org.apache.kafka..")
            .because("D3: the domain does not know about Kafka; messaging translates");

    @ArchTest
    static final ArchRule domainDoesNotKnowTheWeb = noClasses()
            .that().resideInAnyPackage("..triage.triage..", "..triage.onderzoek..", "..triage.overdracht..",
                    "..triage.termijn..", "..triage.zicht..", "..triage.wachtlijst..")
            .and().haveSimpleNameNotEndingWith("Controller")
            .and().haveSimpleNameNotEndingWith("Projection")
            .should().dependOnClassesThat().resideInAPackage("org.springframework.web..")
            .because("aggregates, commands and events are free of the REST adapter");
}
