package nl.veiligthuis.keten.testinfra;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.lang.ArchRule;

/**
 * The architecture rules every service's {@code ArchitectureTest} applies to its own base package, the same in all
 * four (issue 12 point 4). A service may add rules of its own beside them.
 */
public final class KetenArchitectuur {

    private KetenArchitectuur() {
    }

    /** D3: Kafka is an adapter; only the service's {@code messaging} package knows it exists. */
    public static ArchRule alleenMessagingKentKafka(String basis) {
        return noClasses()
                .that().resideInAPackage(basis + "..")
                .and().resideOutsideOfPackage(basis + ".messaging..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework.kafka..", "org.apache.kafka..")
                .because("D3: the domain does not know about Kafka; messaging translates");
    }

    /**
     * Aggregates, commands, events and read models are free of the REST adapter: only controllers (and the
     * service's configuration) know Spring Web.
     */
    public static ArchRule domeinKentHetWebNiet(String basis) {
        return noClasses()
                .that().resideInAPackage(basis + "..")
                .and().resideOutsideOfPackages(basis + ".messaging..", basis + ".config..")
                .and().haveSimpleNameNotEndingWith("Controller")
                .and().haveSimpleNameNotEndingWith("Configuration")
                .and().haveSimpleNameNotEndingWith("Application")
                .should().dependOnClassesThat().resideInAPackage("org.springframework.web..")
                .because("aggregates, commands, events and projections are free of the REST adapter");
    }
}
