package nl.veiligthuis.keten.triage;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import nl.veiligthuis.keten.testinfra.KetenArchitectuur;

@AnalyzeClasses(packages = "nl.veiligthuis.keten.triage", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String BASIS = "nl.veiligthuis.keten.triage";

    /** The rules every service shares (KetenArchitectuur). */
    @ArchTest
    static final ArchRule onlyMessagingTalksToKafka = KetenArchitectuur.alleenMessagingKentKafka(BASIS);

    @ArchTest
    static final ArchRule domainDoesNotKnowTheWeb = KetenArchitectuur.domeinKentHetWebNiet(BASIS);
}
