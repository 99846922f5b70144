package nl.veiligthuis.keten.wijkteam;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import nl.veiligthuis.keten.testinfra.KetenArchitectuur;

@AnalyzeClasses(packages = "nl.veiligthuis.keten.wijkteam", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /** The rules every service shares. */
    @ArchTest
    static final ArchTests KETEN = ArchTests.in(KetenArchitectuur.class);
}
