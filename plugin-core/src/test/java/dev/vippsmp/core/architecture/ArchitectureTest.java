package dev.vippsmp.core.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.vippsmp.testsupport.HouseRules;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Keeps the arrows of the design: the core depends on no web module and on none of the modules built on it or
 * beside it; the shop SPI and the client depend on nothing else of the core; and a feature's {@code internal}
 * package is used only inside that feature; and no two features of the core depend on each other in a circle.
 */
class ArchitectureTest {

    private static final JavaClasses CORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.vippsmp.core");

    @Test
    void theCoreDependsOnNoWebModuleAndNoModuleBuiltOnIt() {
        noClasses().that().resideInAPackage("dev.vippsmp.core..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.vippsmp.checkout..", "dev.vippsmp.admin..",
                        "dev.vippsmp.simulator..", "dev.vippsmp.demoshop..", "org.springframework.web..",
                        "org.springframework.ui..", "jakarta.servlet..", "org.thymeleaf..")
                .check(CORE);
    }

    @Test
    void theShopPortDependsOnNothingElseOfTheCore() {
        noClasses().that().resideInAPackage("dev.vippsmp.core.spi..")
                .should().dependOnClassesThat(JavaClass.Predicates.resideInAPackage("dev.vippsmp.core..")
                        .and(JavaClass.Predicates.resideOutsideOfPackage("dev.vippsmp.core.spi..")))
                .check(CORE);
    }

    @Test
    void theClientKnowsNothingOfPaymentsSettingsOrTheShop() {
        noClasses().that().resideInAPackage("dev.vippsmp.core.client..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.vippsmp.core.payment..",
                        "dev.vippsmp.core.settings..", "dev.vippsmp.core.webhook..", "dev.vippsmp.core.reconcile..",
                        "dev.vippsmp.core.polling..",
                        "dev.vippsmp.core.spi..", "dev.vippsmp.core.telemetry..", "dev.vippsmp.core.autoconfigure..")
                .check(CORE);
    }

    @Test
    void internalsAreUsedOnlyInsideTheirFeature() {
        for (String feature : List.of("client", "payment", "settings", "webhook", "reconcile", "telemetry")) {
            noClasses().that().resideOutsideOfPackage("dev.vippsmp.core." + feature + "..")
                    .should().dependOnClassesThat().resideInAPackage("dev.vippsmp.core." + feature + ".internal..")
                    .check(CORE);
        }
    }

    @Test
    void theCoresFeaturesAreFreeOfCycles() {
        slices().matching("dev.vippsmp.core.(*)..").should().beFreeOfCycles().check(CORE);
    }

    @Test
    void everyPackageIsDocumented() {
        HouseRules.everyPackageIsDocumented().check(CORE);
    }

    @Test
    void autoConfigurationsAreFinal() {
        classes().that().haveSimpleNameEndingWith("AutoConfiguration")
                .should().haveModifier(JavaModifier.FINAL)
                .check(CORE);
    }
}
