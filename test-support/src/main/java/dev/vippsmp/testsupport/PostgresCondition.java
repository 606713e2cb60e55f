package dev.vippsmp.testsupport;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

final class PostgresCondition implements ExecutionCondition {

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        String problem = PostgresDatabase.unavailableReason();
        return problem == null
                ? ConditionEvaluationResult.enabled("PostgreSQL answers at " + PostgresDatabase.url())
                : TestEnvironment.missing("PostgreSQL at " + PostgresDatabase.url(), problem);
    }
}
