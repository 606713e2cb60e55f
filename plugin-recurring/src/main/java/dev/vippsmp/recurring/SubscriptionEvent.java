package dev.vippsmp.recurring;

import java.time.Instant;

/**
 * One line of a subscription's event log: what happened ({@code event}, e.g. {@code AGREEMENT_ACTIVE},
 * {@code CHARGE_CREATED}, {@code PERIOD_FAILED}), to which period (or -1), by what ({@code trigger}: RETURN, WEBHOOK,
 * POLL, JOB, SHOP, ADMIN) and a detail (a failure's reason, the admin's name).
 */
public record SubscriptionEvent(String agreementId, int period, String event, String trigger, String detail,
        Instant occurred) {
}
