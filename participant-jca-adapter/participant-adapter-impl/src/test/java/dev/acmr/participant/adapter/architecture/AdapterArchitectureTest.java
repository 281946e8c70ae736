package dev.acmr.participant.adapter.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The adapter's package rules (docs/architecture.md): no two packages depend on each other, and the participant API
 * (what participants compile against) knows nothing of the adapter that implements it.
 */
class AdapterArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importTheAdapter() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.acmr.participant");
    }

    @Test
    void noPackageCycles() {
        slices().matching("dev.acmr.participant.(**)").should().beFreeOfCycles().check(classes);
    }

    @Test
    void theParticipantApiDoesNotKnowTheAdapter() {
        noClasses().that().resideInAnyPackage("dev.acmr.participant.api..", "dev.acmr.participant.models..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.acmr.participant.adapter..",
                        "dev.acmr.messages..")
                .check(classes);
    }
}
