package nl.veiligthuis.keten.melding;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "nl.veiligthuis.keten.melding", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule onlyMessagingTalksToKafka = noClasses()
            .that().resideOutsideOfPackage("..melding.messaging..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework.kafka..", "org.apache.kafka..")
            .because("D3: the domain does not know about Kafka; messaging translates");

    @ArchTest
    static final ArchRule domainDoesNotKnowTheWeb = noClasses()
            .that().resideInAnyPackage("..melding.melding..", "..melding.adviesvraag..", "..melding.gezin..",
                    "..melding.terugkoppeling..")
            .and().haveSimpleNameNotEndingWith("Controller")
            .and().haveSimpleNameNotEndingWith("Projection")
            .should().dependOnClassesThat().resideInAPackage("org.springframework.web..")
            .because("aggregates, commands and events are free of the REST adapter");

    @ArchTest
    static final ArchRule featuresDoNotDependOnEachOtherInACircle = slices()
            .matching("nl.veiligthuis.keten.melding.(*)..")
            .should().beFreeOfCycles()
            .because("gezin and terugkoppeling read the Melding's events; the Melding reaches the gezinsregister "
                    + "only through its own Gezinsherkenning interface");
}
