package dev.vippsmp.checkout.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.vippsmp.testsupport.HouseRules;
import org.junit.jupiter.api.Test;
import org.springframework.stereotype.Controller;

/**
 * The checkout's place in the design: it builds on the core and nothing beside or above it (admin, simulator,
 * demo shop), reaches no internals of the core, and keeps its own house rules (documented packages without
 * cycles, package-private controllers, final auto-configurations).
 */
class ArchitectureTest {

    private static final JavaClasses CHECKOUT = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.vippsmp.checkout");

    @Test
    void theCheckoutDependsOnTheCoreOnlyAndOnNoModuleBesideOrAboveIt() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("dev.vippsmp.admin..",
                "dev.vippsmp.simulator..", "dev.vippsmp.demoshop..").check(CHECKOUT);
    }

    @Test
    void theCoresInternalsStayTheCores() {
        noClasses().should().dependOnClassesThat().resideInAPackage("dev.vippsmp.core..internal..").check(CHECKOUT);
    }

    @Test
    void featurePackagesHaveNoCycles() {
        slices().matching("dev.vippsmp.checkout.(*)..").should().beFreeOfCycles().check(CHECKOUT);
    }

    @Test
    void controllersArePackagePrivate() {
        classes().that().areAnnotatedWith(Controller.class).should().notHaveModifier(JavaModifier.PUBLIC)
                .check(CHECKOUT);
    }

    @Test
    void autoConfigurationsAreFinal() {
        classes().that().haveSimpleNameEndingWith("AutoConfiguration").should().haveModifier(JavaModifier.FINAL)
                .check(CHECKOUT);
    }

    @Test
    void everyPackageIsDocumented() {
        HouseRules.everyPackageIsDocumented().check(CHECKOUT);
    }
}
