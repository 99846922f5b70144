package nl.veiligthuis.keten.melding;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import com.tngtech.archunit.lang.ArchRule;
import nl.veiligthuis.keten.testinfra.KetenArchitectuur;

@AnalyzeClasses(packages = "nl.veiligthuis.keten.melding", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /** The rules every service shares. */
    @ArchTest
    static final ArchTests KETEN = ArchTests.in(KetenArchitectuur.class);

    @ArchTest
    static final ArchRule featuresDoNotDependOnEachOtherInACircle = slices()
            .matching("nl.veiligthuis.keten.melding.(*)..")
            .should().beFreeOfCycles()
            .because("gezin and terugkoppeling read the Melding's events; the Melding reaches the gezinsregister "
                    + "only through its own Gezinsherkenning interface");
}
