package nl.veiligthuis.keten.testinfra;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The architecture rules every service applies to its own classes, the same in all four (issue 12 point 4): a
 * service's {@code ArchitectureTest} imports its base package and includes these with
 * {@code ArchTests.in(KetenArchitectuur.class)}; it may add rules of its own beside them.
 */
public final class KetenArchitectuur {

    /** D3: Kafka is an adapter; only the service's {@code messaging} package knows it exists. */
    @ArchTest
    public static final ArchRule ALLEEN_MESSAGING_KENT_KAFKA = noClasses()
            .that().resideOutsideOfPackage("..messaging..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework.kafka..", "org.apache.kafka..")
            .because("D3: the domain does not know about Kafka; messaging translates");

    /**
     * Aggregates, commands, events and read models are free of the REST adapter: only controllers (and the
     * service's configuration) know Spring Web.
     */
    @ArchTest
    public static final ArchRule DOMEIN_KENT_HET_WEB_NIET = noClasses()
            .that().resideOutsideOfPackages("..messaging..", "..config..")
            .and().haveSimpleNameNotEndingWith("Controller")
            .and().haveSimpleNameNotEndingWith("Configuration")
            .and().haveSimpleNameNotEndingWith("Application")
            .should().dependOnClassesThat().resideInAPackage("org.springframework.web..")
            .because("aggregates, commands, events and projections are free of the REST adapter");

    private KetenArchitectuur() {
    }
}
