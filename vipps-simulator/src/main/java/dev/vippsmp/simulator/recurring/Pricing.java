package dev.vippsmp.simulator.recurring;

/**
 * An agreement's price. LEGACY has a fixed {@code amount}; VARIABLE a {@code suggestedMaxAmount} and, once the user
 * has accepted, the {@code maxAmount} they chose, which charges may not exceed.
 */
record Pricing(String type, String currency, Long amount, Long suggestedMaxAmount, Long maxAmount) {

    static final String LEGACY = "LEGACY";
    static final String VARIABLE = "VARIABLE";

    boolean variable() {
        return VARIABLE.equals(type);
    }

    Pricing withAmount(long newAmount) {
        return new Pricing(type, currency, newAmount, suggestedMaxAmount, maxAmount);
    }

    Pricing withSuggestedMaxAmount(long newSuggested) {
        return new Pricing(type, currency, amount, newSuggested, maxAmount);
    }

    Pricing withMaxAmount(long chosen) {
        return new Pricing(type, currency, amount, suggestedMaxAmount, chosen);
    }
}
