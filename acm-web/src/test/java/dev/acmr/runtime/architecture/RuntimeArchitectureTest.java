package dev.acmr.runtime.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The runtime's package rules (docs/architecture.md), checked on the compiled classes of acm-ejb and acm-web: no two
 * packages depend on each other, and no package reaches above its layer (domain, then repositories, then application
 * services, then the inbound edges: web and infrastructure).
 */
class RuntimeArchitectureTest {

    private static final String RUNTIME = "dev.acmr.runtime";
    private static JavaClasses classes;

    @BeforeAll
    static void importTheRuntime() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(RUNTIME);
    }

    @Test
    void noPackageCycles() {
        slices().matching(RUNTIME + ".(**)").should().beFreeOfCycles().check(classes);
    }

    @Test
    void theWebLayerStopsAtTheApplicationLayer() {
        noClasses().that().resideInAPackage(RUNTIME + ".web..")
                .should().dependOnClassesThat().resideInAnyPackage("..repository..", "..infrastructure..")
                .check(classes);
    }

    @Test
    void domainDependsOnNothingAboveIt() {
        noClasses().that().resideInAPackage("..domain..")
                .should().dependOnClassesThat().resideInAnyPackage("..repository..", "..application..",
                        "..lifecycle..", "..priming..", "..dispatch..", "..monitoring..", "..infrastructure..",
                        RUNTIME + ".web..")
                .check(classes);
    }

    @Test
    void repositoriesDependOnNothingAboveThem() {
        noClasses().that().resideInAPackage("..repository..")
                .should().dependOnClassesThat().resideInAnyPackage("..application..", "..lifecycle..",
                        "..priming..", "..monitoring..", "..infrastructure..", RUNTIME + ".web..")
                .check(classes);
    }

    @Test
    void theSharedKernelDependsOnNoOtherRuntimePackage() {
        noClasses().that().resideInAPackage(RUNTIME + ".shared..")
                .should().dependOnClassesThat().resideInAnyPackage(RUNTIME + ".composition..",
                        RUNTIME + ".instance..", RUNTIME + ".participant..", RUNTIME + ".monitoring..",
                        RUNTIME + ".infrastructure..", RUNTIME + ".web..")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void onlyTheWebLayerUsesJaxRs() {
        noClasses().that().resideOutsideOfPackage(RUNTIME + ".web..")
                .should().dependOnClassesThat().resideInAPackage("jakarta.ws.rs..")
                .check(classes);
    }
}
