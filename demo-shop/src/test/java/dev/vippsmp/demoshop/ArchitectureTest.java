package dev.vippsmp.demoshop;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.persistence.Entity;
import org.junit.jupiter.api.Test;
import org.springframework.stereotype.Controller;

/** The shop's house rules: features in packages without cycles, web code like spring-petclinic, entities kept home. */
class ArchitectureTest {

    private static final JavaClasses SHOP = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.vippsmp.demoshop");

    @Test
    void featurePackagesDoNotDependOnEachOtherInCircles() {
        slices().matching("dev.vippsmp.demoshop.(*)..").should().beFreeOfCycles().check(SHOP);
    }

    @Test
    void controllersArePackagePrivateAndLiveInTheirFeaturesPackage() {
        classes().that().areAnnotatedWith(Controller.class)
                .should().notHaveModifier(JavaModifier.PUBLIC)
                .andShould().resideInAPackage("dev.vippsmp.demoshop.*")
                .check(SHOP);
    }

    @Test
    void entitiesAreUsedOnlyInsideTheirOwnFeature() {
        classes().that().areAnnotatedWith(Entity.class).should(BE_USED_ONLY_IN_THEIR_OWN_PACKAGE).check(SHOP);
    }

    private static final ArchCondition<JavaClass> BE_USED_ONLY_IN_THEIR_OWN_PACKAGE =
            new ArchCondition<>("be used only by classes of their own package") {
                @Override
                public void check(JavaClass entity, ConditionEvents events) {
                    entity.getDirectDependenciesToSelf().stream()
                            .filter(dependency -> !dependency.getOriginClass().getPackageName()
                                    .equals(entity.getPackageName()))
                            .forEach(dependency -> events.add(SimpleConditionEvent.violated(dependency,
                                    dependency.getDescription())));
                }
            };

    @Test
    void theShopNeverCompilesAgainstTheSimulator() {
        noClasses().should().dependOnClassesThat().resideInAPackage("dev.vippsmp.simulator..").check(SHOP);
    }
}
