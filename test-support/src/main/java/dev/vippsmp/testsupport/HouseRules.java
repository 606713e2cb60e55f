package dev.vippsmp.testsupport;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

/**
 * Architecture rules that every module keeps alike and that ArchUnit has no ready-made condition for; the rules
 * ArchUnit can say in one line stay in each module's {@code ArchitectureTest}.
 */
public final class HouseRules {

    private HouseRules() {
    }

    /** Every class is in a package with a {@code package-info}, which says what the package is for. */
    public static ArchRule everyPackageIsDocumented() {
        return classes().should(new ArchCondition<JavaClass>("be in a package with a package-info") {
            @Override
            public void check(JavaClass item, ConditionEvents events) {
                if (item.getPackage().tryGetPackageInfo().isEmpty()) {
                    events.add(SimpleConditionEvent.violated(item, item.getPackageName() + " has no package-info"));
                }
            }
        });
    }
}
