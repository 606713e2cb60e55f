package dev.vippsmp.simulator.recurring;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The spec's {@code failureReason} of a FAILED charge, written as the spec writes it. */
enum FailureReason {

    USER_ACTION_REQUIRED("User action required"),
    CHARGE_AMOUNT_TOO_HIGH("Charge amount too high"),
    NON_TECHNICAL_ERROR("Non technical error"),
    TECHNICAL_ERROR("Technical error");

    private final String defaultDescription;

    FailureReason(String defaultDescription) {
        this.defaultDescription = defaultDescription;
    }

    /** e.g. {@code user_action_required}. */
    String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    String defaultDescription() {
        return defaultDescription;
    }

    static Optional<FailureReason> of(String code) {
        return Arrays.stream(values()).filter(reason -> reason.code().equals(code)).findFirst();
    }
}
