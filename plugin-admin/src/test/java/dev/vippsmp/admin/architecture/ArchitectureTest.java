package dev.vippsmp.admin.architecture;

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
 * The admin module's house rules: it uses the core only through its public API (never an internal package),
 * knows nothing of the checkout, the simulator or any shop, keeps its features free of cycles, its controllers
 * package-private, its auto-configuration final, and documents every package.
 */
class ArchitectureTest {

    private static final JavaClasses ADMIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.vippsmp.admin");

    @Test
    void theCoreIsUsedOnlyThroughItsPublicApi() {
        noClasses().should().dependOnClassesThat().resideInAPackage("dev.vippsmp.core..internal..").check(ADMIN);
    }

    @Test
    void theAdminKnowsNoCheckoutNoSimulatorAndNoShop() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("dev.vippsmp.checkout..",
                "dev.vippsmp.simulator..", "dev.vippsmp.demoshop..").check(ADMIN);
    }

    @Test
    void featuresDoNotDependOnEachOtherInCircles() {
        slices().matching("dev.vippsmp.admin.(*)..").should().beFreeOfCycles().check(ADMIN);
    }

    @Test
    void controllersArePackagePrivate() {
        classes().that().areAnnotatedWith(Controller.class).should().notHaveModifier(JavaModifier.PUBLIC)
                .check(ADMIN);
    }

    @Test
    void autoConfigurationsAreFinal() {
        classes().that().haveSimpleNameEndingWith("AutoConfiguration").should().haveModifier(JavaModifier.FINAL)
                .check(ADMIN);
    }

    @Test
    void everyPackageIsDocumented() {
        HouseRules.everyPackageIsDocumented().check(ADMIN);
    }
}
