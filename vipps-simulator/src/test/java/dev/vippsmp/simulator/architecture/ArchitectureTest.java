package dev.vippsmp.simulator.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.vippsmp.testsupport.HouseRules;
import org.junit.jupiter.api.Test;

/**
 * The simulator's boundary: it stands in for the vendor, so like the vendor it knows nothing of the plugin, the shops
 * that use it or the test plumbing; the shop and the plugin reach it only over HTTP (their own architecture tests
 * forbid the other direction). Inside, its features are free of cycles.
 */
class ArchitectureTest {

    private static final JavaClasses SIMULATOR = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.vippsmp.simulator");

    @Test
    void theSimulatorKnowsNothingOfThePluginTheShopsOrTheTestPlumbing() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("dev.vippsmp.core..", "dev.vippsmp.checkout..",
                        "dev.vippsmp.admin..", "dev.vippsmp.demoshop..", "dev.vippsmp.testsupport..")
                .check(SIMULATOR);
    }

    @Test
    void theSimulatorsFeaturesAreFreeOfCycles() {
        slices().matching("dev.vippsmp.simulator.(*)..").should().beFreeOfCycles().check(SIMULATOR);
    }

    @Test
    void everyPackageIsDocumented() {
        HouseRules.everyPackageIsDocumented().check(SIMULATOR);
    }
}
