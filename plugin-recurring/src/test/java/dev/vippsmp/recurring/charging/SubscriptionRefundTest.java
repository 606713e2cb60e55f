package dev.vippsmp.recurring.charging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vippsmp.core.client.recurring.Charge;
import dev.vippsmp.recurring.ChargeState;
import dev.vippsmp.recurring.SubscriptionCharge;
import dev.vippsmp.recurring.SubscriptionOperationException;
import dev.vippsmp.recurring.SubscriptionOperationException.Reason;
import dev.vippsmp.recurring.spi.IntervalUnit;
import dev.vippsmp.recurring.spi.SubscriptionOutcome;
import dev.vippsmp.recurring.support.RecurringIntegrationTest;
import org.junit.jupiter.api.Test;

/** Refunding a charged period through the facade, in part and in full, and what is refused. */
class SubscriptionRefundTest extends RecurringIntegrationTest {

    @Test
    void aPeriodIsRefundedInPartThenTheRestAndTheShopIsToldEachRefundOnce() {
        String agreementId = chargedPeriodOne(10000);

        SubscriptionCharge partly = subscriptions.refund(agreementId, 1, 2500);
        assertThat(partly.state()).isEqualTo(ChargeState.PARTIALLY_REFUNDED);
        assertThat(partly.refunded()).isEqualTo(2500);
        assertThat(partly.refundable()).isEqualTo(7500);

        SubscriptionCharge fully = subscriptions.refund(agreementId, 1, 7500);
        assertThat(fully.state()).isEqualTo(ChargeState.REFUNDED);
        assertThat(fully.refunded()).isEqualTo(10000);

        Charge atVendor = client.recurring().getCharge(agreementId, fully.chargeId());
        assertThat(atVendor.summary().refunded()).isEqualTo(10000);
        assertThat(atVendor.status()).isEqualTo("REFUNDED");
        assertThat(shop.outcomes(agreementId, 1)).extracting(SubscriptionOutcome::kind, SubscriptionOutcome::amount)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(SubscriptionOutcome.Kind.PERIOD_CHARGED, 10000L),
                        org.assertj.core.groups.Tuple.tuple(SubscriptionOutcome.Kind.PERIOD_REFUNDED, 2500L),
                        org.assertj.core.groups.Tuple.tuple(SubscriptionOutcome.Kind.PERIOD_REFUNDED, 7500L));
        assertThat(simulator().journalQuery("operation=RefundChargeV3&reference=" + agreementId))
                .extracting(entry -> entry.get("headers").get("Idempotency-Key").get(0).asString())
                .containsExactly(agreementId + "-1-refund-1", agreementId + "-1-refund-2");
    }

    @Test
    void moreThanIsLeftToRefundIsRefusedAndNothingIsRefunded() {
        String agreementId = chargedPeriodOne(10000);
        subscriptions.refund(agreementId, 1, 4000);

        assertThatThrownBy(() -> subscriptions.refund(agreementId, 1, 6001))
                .isInstanceOfSatisfying(SubscriptionOperationException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.INVALID_AMOUNT);
                    assertThat(e.getMessage()).contains("At most 6000");
                });
        assertThat(client.recurring().getCharge(agreementId, charge(agreementId, 1).chargeId()).summary().refunded())
                .isEqualTo(4000);
        assertThat(simulator().journalQuery("operation=RefundChargeV3&reference=" + agreementId)).hasSize(1);
    }

    @Test
    void aRefundThatIsNotPositiveOrOfAPeriodNotChargedIsRefused() {
        String agreementId = chargedPeriodOne(10000);
        jobs.chargeOnce();

        assertThat(reasonOf(() -> subscriptions.refund(agreementId, 1, 0))).isEqualTo(Reason.INVALID_AMOUNT);
        assertThat(reasonOf(() -> subscriptions.refund(agreementId, 1, -100))).isEqualTo(Reason.INVALID_AMOUNT);
        // Period 2 is created but not yet due: nothing was taken, so nothing can be given back.
        assertThat(reasonOf(() -> subscriptions.refund(agreementId, 2, 100))).isEqualTo(Reason.INVALID_AMOUNT);
        assertThat(reasonOf(() -> subscriptions.refund(agreementId, 9, 100))).isEqualTo(Reason.UNKNOWN);
        assertThat(reasonOf(() -> subscriptions.refund("agr_nothere", 1, 100))).isEqualTo(Reason.UNKNOWN);
        assertThat(simulator().journalQuery("operation=RefundChargeV3&reference=" + agreementId)).isEmpty();
    }

    private String chargedPeriodOne(long price) {
        String agreementId = activeSubscription(price, IntervalUnit.DAY);
        jobs.chargeOnce();
        process(charge(agreementId, 1).chargeId());
        pollWhenDue();
        assertThat(charge(agreementId, 1).state()).isEqualTo(ChargeState.CHARGED);
        return agreementId;
    }

    private static Reason reasonOf(Runnable call) {
        try {
            call.run();
        } catch (SubscriptionOperationException e) {
            return e.reason();
        }
        throw new AssertionError("Not refused");
    }
}
