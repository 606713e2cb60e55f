package dev.vippsmp.recurring.charging;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vippsmp.recurring.ChargeState;
import dev.vippsmp.recurring.Subscription;
import dev.vippsmp.recurring.spi.ChargeFailureReason;
import dev.vippsmp.recurring.spi.IntervalUnit;
import dev.vippsmp.recurring.spi.SubscriptionOutcome;
import dev.vippsmp.recurring.support.RecurringIntegrationTest;
import dev.vippsmp.recurring.support.SubscriberShop;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each way the vendor fails a charge reaches the shop once as PERIOD_FAILED with its reason and words, and shows as
 * the subscription's last failure: the test amounts, and the simulator's control for the reasons no amount gives
 * (an agreement with a fixed price has no maximum to exceed, so "too high" comes from the control).
 */
class ChargeFailureReasonsTest extends RecurringIntegrationTest {

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
            "151, , USER_ACTION_REQUIRED, Insufficient funds",
            "186, , USER_ACTION_REQUIRED, Expired card",
            "187, , USER_ACTION_REQUIRED, Invalid card",
            "182, , NON_TECHNICAL_ERROR, Refused by issuer",
            "500, , TECHNICAL_ERROR, Technical error",
            "10000, charge_amount_too_high, CHARGE_AMOUNT_TOO_HIGH, The amount is higher than the maximum",
            "10000, non_technical_error, NON_TECHNICAL_ERROR, Card blocked by the bank"})
    void aFailedChargeReachesTheShopWithItsReasonAndShowsAsTheLastFailure(long price, String controlReason,
            ChargeFailureReason expected, String description) {
        String agreementId = activeSubscription(price, IntervalUnit.DAY);
        if (controlReason != null) {
            control("PUT", "/simulator/recurring/agreements/" + agreementId + "/next-charge-failure",
                    "{\"failureReason\":\"" + controlReason + "\",\"failureDescription\":\"" + description + "\"}");
        }
        jobs.chargeOnce();
        String chargeId = charge(agreementId, 1).chargeId();

        assertThat(process(chargeId).get("status").asString()).isEqualTo("FAILED");
        pollWhenDue();
        pollWhenDue();

        assertThat(charge(agreementId, 1).state()).isEqualTo(ChargeState.FAILED);
        assertThat(shop.outcomes(agreementId, 1)).singleElement().satisfies(outcome -> {
            assertThat(outcome.kind()).isEqualTo(SubscriptionOutcome.Kind.PERIOD_FAILED);
            assertThat(outcome.failureReason()).isEqualTo(expected);
            assertThat(outcome.failureDescription()).isEqualTo(description);
            assertThat(outcome.amount()).isEqualTo(price);
        });
        Subscription shown = subscriptions.subscriptionsOf(SubscriberShop.CUSTOMER).stream()
                .filter(subscription -> subscription.agreementId().equals(agreementId)).findFirst().orElseThrow();
        assertThat(shown.lastFailureReason()).isEqualTo(expected);
        assertThat(shown.lastFailureDescription()).isEqualTo(description);
    }
}
