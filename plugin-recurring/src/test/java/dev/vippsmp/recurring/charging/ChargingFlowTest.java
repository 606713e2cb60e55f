package dev.vippsmp.recurring.charging;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vippsmp.core.client.recurring.Charge;
import dev.vippsmp.recurring.ChargeState;
import dev.vippsmp.recurring.Subscription;
import dev.vippsmp.recurring.SubscriptionCharge;
import dev.vippsmp.recurring.spi.IntervalUnit;
import dev.vippsmp.recurring.spi.SubscriptionOutcome;
import dev.vippsmp.recurring.support.RecurringIntegrationTest;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The charging job and the poller against the simulator: when a period is charged, at what price, and once. */
class ChargingFlowTest extends RecurringIntegrationTest {

    @Test
    void aPeriodIsChargedAheadOfItsDueDateAtTheCurrentPriceAndTheShopIsToldChargedOnce() {
        String agreementId = activeSubscription(29900, IntervalUnit.MONTH);
        LocalDate due = subscriptions.find(agreementId).orElseThrow().nextChargeDate();
        String orderId = subscriptions.find(agreementId).orElseThrow().orderId();

        // Four days ahead is outside the vendor's day plus the default lead time of two: nothing yet.
        clock.set(due.minusDays(4).atTime(12, 0).toInstant(ZoneOffset.UTC));
        assertThat(jobs.chargeOnce()).isTrue();
        assertThat(subscriptions.charges(agreementId)).extracting(SubscriptionCharge::period).containsExactly(0);

        shop.reprice(orderId, 31900);
        clock.set(due.minusDays(3).atTime(12, 0).toInstant(ZoneOffset.UTC));
        assertThat(jobs.chargeOnce()).isTrue();
        SubscriptionCharge created = charge(agreementId, 1);
        assertThat(created.state()).isEqualTo(ChargeState.PENDING);
        assertThat(created.due()).isEqualTo(due);
        assertThat(created.amount()).isEqualTo(31900);

        Charge atVendor = client.recurring().getCharge(agreementId, created.chargeId());
        assertThat(atVendor.status()).isEqualTo("PENDING");
        assertThat(atVendor.amount()).isEqualTo(31900);
        assertThat(atVendor.due()).startsWith(due.toString());
        assertThat(atVendor.retryDays()).isZero();
        assertThat(client.recurring().listCharges(agreementId, null)).extracting(Charge::id)
                .contains(created.chargeId());
        List<JsonNode> creations = simulator().journalQuery("operation=CreateChargeV3&reference=" + agreementId);
        assertThat(creations).singleElement().satisfies(entry -> {
            assertThat(entry.get("headers").get("Idempotency-Key").get(0).asString())
                    .isEqualTo(agreementId + "-1-charge");
            // The spec's CreateChargeV3 has no type; the vendor's default (RECURRING) applies.
            assertThat(entry.get("body").asString()).doesNotContain("\"type\"").contains("\"DIRECT_CAPTURE\"");
        });

        // The agreement moved on: the next period is due a month later and a second pass claims nothing more.
        assertThat(subscriptions.find(agreementId).orElseThrow().nextChargeDate()).isEqualTo(due.plusMonths(1));
        jobs.chargeOnce();
        assertThat(subscriptions.charges(agreementId)).hasSize(2);

        process(created.chargeId());
        pollWhenDue();
        pollWhenDue();

        assertThat(charge(agreementId, 1).state()).isEqualTo(ChargeState.CHARGED);
        assertThat(shop.outcomes(agreementId, 1)).singleElement().satisfies(outcome -> {
            assertThat(outcome.kind()).isEqualTo(SubscriptionOutcome.Kind.PERIOD_CHARGED);
            assertThat(outcome.amount()).isEqualTo(31900);
            assertThat(outcome.due()).isEqualTo(due);
            assertThat(outcome.orderId()).isEqualTo(orderId);
        });
        // The initial charge, paid when the subscriber agreed, is period 0, told the same way.
        assertThat(shop.outcomes(agreementId, 0)).extracting(SubscriptionOutcome::kind)
                .containsExactly(SubscriptionOutcome.Kind.PERIOD_CHARGED);
        assertThat(subscriptions.events(agreementId)).extracting(event -> event.event())
                .contains("CHARGE_CLAIMED", "CHARGE_CREATED", "CHARGE_CHARGED", "PERIOD_CHARGED");
    }

    @Test
    void aPausedSubscriptionIsNotChargedAndAResumedOneIs() {
        String agreementId = activeSubscription(10000, IntervalUnit.DAY);
        subscriptions.pause(agreementId);

        jobs.chargeOnce();
        assertThat(subscriptions.charges(agreementId)).extracting(SubscriptionCharge::period).containsExactly(0);
        assertThat(simulator().journalQuery("operation=CreateChargeV3&reference=" + agreementId)).isEmpty();

        subscriptions.resume(agreementId);
        jobs.chargeOnce();
        assertThat(charge(agreementId, 1).state()).isEqualTo(ChargeState.PENDING);
    }

    @Test
    void aChargeCancelledAtTheVendorIsCancelledOnTheNextPollWithoutAnOutcome() {
        String agreementId = activeSubscription(10000, IntervalUnit.DAY);
        jobs.chargeOnce();
        SubscriptionCharge created = charge(agreementId, 1);

        client.recurring().cancelCharge(agreementId, created.chargeId(), "test-cancel-" + created.chargeId());
        pollWhenDue();

        assertThat(charge(agreementId, 1).state()).isEqualTo(ChargeState.CANCELLED);
        assertThat(shop.outcomes(agreementId, 1)).isEmpty();
    }

    @Test
    void stoppingCancelsTheOpenChargeAndItIsNeverCharged() {
        String agreementId = activeSubscription(10000, IntervalUnit.DAY);
        jobs.chargeOnce();
        SubscriptionCharge open = charge(agreementId, 1);

        subscriptions.stop(agreementId);

        assertThat(charge(agreementId, 1).state()).isEqualTo(ChargeState.CANCELLED);
        assertThat(client.recurring().getCharge(agreementId, open.chargeId()).status()).isEqualTo("CANCELLED");
        jobs.chargeOnce();
        assertThat(subscriptions.charges(agreementId)).hasSize(2);
        assertThat(shop.outcomes(agreementId)).extracting(SubscriptionOutcome::kind)
                .doesNotContain(SubscriptionOutcome.Kind.PERIOD_FAILED)
                .contains(SubscriptionOutcome.Kind.AGREEMENT_STOPPED);
    }

    @Test
    void aChargeTheVendorRefusesIsRecordedAsFailedOnceAndNotTriedAgain() {
        String agreementId = activeSubscription(10000, IntervalUnit.DAY);
        // The vendor refuses a charge above its maximum amount (2 147 483 647): a 400, not a retry.
        shop.reprice(subscriptions.find(agreementId).orElseThrow().orderId(), 3_000_000_000L);

        jobs.chargeOnce();
        pollWhenDue();
        pollWhenDue();

        SubscriptionCharge refused = charge(agreementId, 1);
        assertThat(refused.state()).isEqualTo(ChargeState.FAILED);
        assertThat(refused.chargeId()).isNull();
        assertThat(refused.failureDescription()).startsWith("Refused by the vendor");
        assertThat(simulator().journalQuery("operation=CreateChargeV3&reference=" + agreementId)).hasSize(1);
        assertThat(shop.outcomes(agreementId, 1)).singleElement().satisfies(outcome -> {
            assertThat(outcome.kind()).isEqualTo(SubscriptionOutcome.Kind.PERIOD_FAILED);
            assertThat(outcome.failureReason()).isNull();
        });
        Subscription shown = subscriptions.find(agreementId).orElseThrow();
        assertThat(shown.lastFailureDescription()).startsWith("Refused by the vendor");
        assertThat(subscriptions.events(agreementId)).extracting(event -> event.event()).contains("CHARGE_REFUSED");
    }
}
