package dev.vippsmp.testsupport;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;

/** Decides what a missing service means: a skipped test on a laptop, a failure in CI. */
public final class TestEnvironment {

    private TestEnvironment() {
    }

    /** True when the environment variable {@code CI} is set to anything but {@code false}. */
    public static boolean isCi() {
        String ci = System.getenv("CI");
        return ci != null && !ci.isBlank() && !"false".equalsIgnoreCase(ci.trim());
    }

    /**
     * The outcome for a test that needs a missing service.
     *
     * @throws IllegalStateException in CI, where a skip would hide an untested change
     */
    static ConditionEvaluationResult missing(String service, String why) {
        String message = service + " is not available (" + why + ")";
        if (isCi()) {
            throw new IllegalStateException(message + "; it is required when CI is set");
        }
        System.out.println("NOTICE: skipping tests that need " + message + ".");
        return ConditionEvaluationResult.disabled(message);
    }
}
