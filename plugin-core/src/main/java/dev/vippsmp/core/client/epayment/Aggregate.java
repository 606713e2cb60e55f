package dev.vippsmp.core.client.epayment;

/** The running totals of a payment: what was reserved, captured, refunded and released. */
public record Aggregate(Amount authorizedAmount, Amount cancelledAmount, Amount capturedAmount,
        Amount refundedAmount) {

    public long authorized() {
        return value(authorizedAmount);
    }

    public long cancelled() {
        return value(cancelledAmount);
    }

    public long captured() {
        return value(capturedAmount);
    }

    public long refunded() {
        return value(refundedAmount);
    }

    private static long value(Amount amount) {
        return amount == null ? 0 : amount.value();
    }
}
