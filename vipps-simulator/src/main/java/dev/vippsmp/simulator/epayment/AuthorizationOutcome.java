package dev.vippsmp.simulator.epayment;

/**
 * What happened when the customer approved: authorized, declined by a test amount (the payment stays open, so the
 * customer may reject it or let it expire), or undecided for a while (test amount 201).
 */
public record AuthorizationOutcome(Kind kind, String declineReason, PaymentEvent event) {

    public enum Kind { AUTHORIZED, DECLINED, PENDING }

    static AuthorizationOutcome authorized(PaymentEvent event) {
        return new AuthorizationOutcome(Kind.AUTHORIZED, null, event);
    }

    static AuthorizationOutcome declined(String reason, PaymentEvent event) {
        return new AuthorizationOutcome(Kind.DECLINED, reason, event);
    }

    static AuthorizationOutcome pending() {
        return new AuthorizationOutcome(Kind.PENDING, null, null);
    }
}
