package dev.vippsmp.login.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.vippsmp.testsupport.HouseRules;
import org.junit.jupiter.api.Test;

/**
 * The login's place in the design: it builds on the core's settings and nothing beside or above it (checkout,
 * admin, simulator, demo shop), reaches none of the core's internals and none of its payments, and keeps the house
 * rules.
 */
class ArchitectureTest {

    private static final JavaClasses LOGIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.vippsmp.login");

    @Test
    void theLoginDependsOnTheCoreOnlyAndOnNoModuleBesideOrAboveIt() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("dev.vippsmp.checkout..",
                "dev.vippsmp.admin..", "dev.vippsmp.simulator..", "dev.vippsmp.demoshop..").check(LOGIN);
    }

    @Test
    void theCoresInternalsAndPaymentsStayTheCores() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("dev.vippsmp.core..internal..",
                "dev.vippsmp.core.payment..").check(LOGIN);
    }

    @Test
    void featurePackagesHaveNoCycles() {
        slices().matching("dev.vippsmp.login.(*)..").should().beFreeOfCycles().check(LOGIN);
    }

    @Test
    void autoConfigurationsAreFinal() {
        classes().that().haveSimpleNameEndingWith("AutoConfiguration").should().haveModifier(JavaModifier.FINAL)
                .check(LOGIN);
    }

    @Test
    void everyPackageIsDocumented() {
        HouseRules.everyPackageIsDocumented().check(LOGIN);
    }
}
