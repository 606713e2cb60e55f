package dev.vippsmp.testsupport;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

final class ChromiumCondition implements ExecutionCondition {

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        String missing = Chromium.missingBinary();
        return missing == null
                ? ConditionEvaluationResult.enabled("Chromium and chromedriver are installed")
                : TestEnvironment.missing("Chromium", missing + " not found");
    }
}
