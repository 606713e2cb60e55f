package dev.vippsmp.testsupport;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

final class MariaDbCondition implements ExecutionCondition {

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        String problem = MariaDbDatabase.unavailableReason();
        return problem == null
                ? ConditionEvaluationResult.enabled("MariaDB answers at " + MariaDbDatabase.url())
                : TestEnvironment.missing("MariaDB at " + MariaDbDatabase.url(), problem);
    }
}
