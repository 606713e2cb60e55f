package dev.vippsmp.core.client.recurring;

/**
 * An agreement's price: {@code LEGACY} (a fixed {@code amount} per interval) or {@code VARIABLE} (the merchant sets
 * each charge, up to {@code suggestedMaxAmount}; the user may raise the limit to {@code maxAmount}). Minor units.
 */
public record AgreementPricing(String type, String currency, Long amount, Long suggestedMaxAmount, Long maxAmount) {

    public static AgreementPricing fixed(long amount, String currency) {
        return new AgreementPricing("LEGACY", currency, amount, null, null);
    }

    /** The most a single charge may be under this agreement, or null when the answer does not say. */
    public Long chargeLimit() {
        if ("VARIABLE".equals(type)) {
            return maxAmount != null ? maxAmount : suggestedMaxAmount;
        }
        return amount;
    }
}
