package dev.vippsmp.recurring.spi;

import java.util.Arrays;
import java.util.Optional;

/**
 * Why the vendor could not charge a period: the Recurring API v3's {@code failureReason} values. The vendor's
 * {@code failureDescription} ("Insufficient funds", "Expired card", ...) travels beside it as text; the reason is
 * what a shop branches on (ask the subscriber to update the card, lower the amount, or wait for a retry).
 */
public enum ChargeFailureReason {
    /** The subscriber must act in the app, e.g. insufficient funds, an expired or invalid card. */
    USER_ACTION_REQUIRED("user_action_required"),
    /** The amount is above the agreement's maximum (or suggested maximum for a variable agreement). */
    CHARGE_AMOUNT_TOO_HIGH("charge_amount_too_high"),
    /** Refused for a reason other than a technical one, e.g. by the card issuer. */
    NON_TECHNICAL_ERROR("non_technical_error"),
    /** The vendor or a party behind it failed technically. */
    TECHNICAL_ERROR("technical_error");

    private final String wireValue;

    ChargeFailureReason(String wireValue) {
        this.wireValue = wireValue;
    }

    /** The value as the API writes it, e.g. {@code user_action_required}. */
    public String wireValue() {
        return wireValue;
    }

    /** The reason for the API's value, or empty for none or a value this version does not know. */
    public static Optional<ChargeFailureReason> fromWire(String value) {
        return Arrays.stream(values()).filter(reason -> reason.wireValue.equals(value)).findFirst();
    }
}
