package dev.vippsmp.core.payment.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vippsmp.core.client.epayment.Aggregate;
import dev.vippsmp.core.client.epayment.Amount;
import dev.vippsmp.core.client.epayment.PaymentDetails;
import dev.vippsmp.core.client.epayment.PaymentState;
import dev.vippsmp.core.client.epayment.ShippingDetails;
import dev.vippsmp.core.payment.Payment;
import dev.vippsmp.core.payment.PaymentFlow;
import dev.vippsmp.core.payment.PaymentStatus;
import dev.vippsmp.core.polling.PollSchedule;
import dev.vippsmp.core.settings.VippsProperties;
import dev.vippsmp.core.spi.PaymentOutcome.Kind;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** The rules of the completion path, without database or network. */
class TransitionRulesTest {

    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
    private static final VippsProperties DEFAULTS = new Binder(new MapConfigurationPropertySource(Map.of()))
            .bindOrCreate("vipps", VippsProperties.class);
    /** The default schedule (1 min capture grace), at NOW. */
    private static final PollSchedule SCHEDULE = new PollSchedule(DEFAULTS.reconciler(), DEFAULTS.webhooks(),
            Clock.fixed(NOW, ZoneOffset.UTC));
    private static final OrderFacts ORDER_1000 = new OrderFacts(1000L, "NOK", true, false);

    private static Payment payment(PaymentStatus status, String vendorState, long authorized, long captured,
            long refunded, long cancelled, String told, boolean autoCapture, PaymentFlow flow) {
        return new Payment(1, "42", "shop-42-1", 1, flow, 1000, "NOK", status, vendorState, authorized, captured,
                refunded, cancelled, 0, false, null, told, null, autoCapture, 3, NOW.minusSeconds(60), NOW,
                NOW, 0);
    }

    private static Payment created() {
        return payment(PaymentStatus.CREATED, null, 0, 0, 0, 0, null, false, PaymentFlow.CHECKOUT);
    }

    private static PaymentDetails vendor(PaymentState state, long authorized, long captured, long refunded,
            long cancelled) {
        return new PaymentDetails("shop-42-1", state, Amount.of(1000, "NOK"), new Aggregate(
                Amount.of(authorized, "NOK"), Amount.of(cancelled, "NOK"), Amount.of(captured, "NOK"),
                Amount.of(refunded, "NOK")), null, null, "psp", null, null, null, null);
    }

    private static Transition next(Payment current, PaymentDetails vendor, OrderFacts facts) {
        return TransitionRules.next(current, vendor, facts, SCHEDULE);
    }

    @Test
    void theVendorStateAndTotalsGiveTheLocalStatus() {
        assertThat(TransitionRules.derive(PaymentState.AUTHORIZED, vendor(PaymentState.AUTHORIZED, 1000, 400, 0,
                0).aggregate())).isEqualTo(PaymentStatus.PARTIALLY_CAPTURED);
        assertThat(TransitionRules.derive(PaymentState.AUTHORIZED, vendor(PaymentState.AUTHORIZED, 1000, 400, 0,
                600).aggregate())).isEqualTo(PaymentStatus.CAPTURED);
        assertThat(TransitionRules.derive(PaymentState.AUTHORIZED, vendor(PaymentState.AUTHORIZED, 1000, 1000, 300,
                0).aggregate())).isEqualTo(PaymentStatus.PARTIALLY_REFUNDED);
        assertThat(TransitionRules.derive(PaymentState.AUTHORIZED, vendor(PaymentState.AUTHORIZED, 1000, 0, 0,
                1000).aggregate())).isEqualTo(PaymentStatus.CANCELLED);
        assertThat(TransitionRules.derive(PaymentState.TERMINATED, vendor(PaymentState.TERMINATED, 0, 0, 0,
                1000).aggregate())).isEqualTo(PaymentStatus.TERMINATED);
    }

    @Test
    void authorizationOfTheOrderTotalTellsTheShopAuthorizedOnce() {
        Transition transition = next(created(), vendor(PaymentState.AUTHORIZED, 1000, 0, 0, 0), ORDER_1000);

        assertThat(transition.status()).isEqualTo(PaymentStatus.AUTHORIZED);
        assertThat(transition.tell()).isEqualTo(Kind.AUTHORIZED);
        assertThat(transition.toldOutcome()).isEqualTo("AUTHORIZED");
        assertThat(transition.flagged()).isFalse();
        assertThat(transition.nextPollAt()).isNull();

        Payment authorized = payment(PaymentStatus.AUTHORIZED, "AUTHORIZED", 1000, 0, 0, 0, "AUTHORIZED", false,
                PaymentFlow.CHECKOUT);
        assertThat(next(authorized, vendor(PaymentState.AUTHORIZED, 1000, 0, 0, 0), ORDER_1000)).isNull();
    }

    @Test
    void anAuthorizedAmountOtherThanTheOrderTotalIsFlaggedNotPaid() {
        Transition transition = next(payment(PaymentStatus.CREATED, null, 0, 0, 0, 0, null, true,
                PaymentFlow.CHECKOUT), vendor(PaymentState.AUTHORIZED, 900, 0, 0, 0), ORDER_1000);

        assertThat(transition.flagged()).isTrue();
        assertThat(transition.flagReason()).startsWith(TransitionRules.FLAG_AMOUNT);
        assertThat(transition.tell()).isEqualTo(Kind.FLAGGED);
        assertThat(transition.captureNow()).isFalse();
    }

    @Test
    void expressAddsTheChosenDeliveryToTheExpectedAmount() {
        Payment express = payment(PaymentStatus.CREATED, null, 0, 0, 0, 0, null, false, PaymentFlow.EXPRESS);
        PaymentDetails paid = new PaymentDetails("shop-42-1", PaymentState.AUTHORIZED, Amount.of(1250, "NOK"),
                vendor(PaymentState.AUTHORIZED, 1250, 0, 0, 0).aggregate(), null, null, "psp", null, null,
                new ShippingDetails(null, 250L, "pickup", "Pickup"), null);

        Transition transition = next(express, paid, ORDER_1000);

        assertThat(transition.flagged()).isFalse();
        assertThat(transition.shippingMinor()).isEqualTo(250);
        assertThat(transition.attachBuyer()).isTrue();
        assertThat(transition.tell()).isEqualTo(Kind.AUTHORIZED);
    }

    @Test
    void aReadOlderThanTheStoredStateChangesNothing() {
        Payment captured = payment(PaymentStatus.CAPTURED, "AUTHORIZED", 1000, 1000, 0, 0, "PAID", false,
                PaymentFlow.CHECKOUT);

        assertThat(next(captured, vendor(PaymentState.AUTHORIZED, 1000, 0, 0, 0), ORDER_1000)).isNull();
        assertThat(next(captured, vendor(PaymentState.CREATED, 0, 0, 0, 0), ORDER_1000)).isNull();
    }

    @Test
    void captureAtAuthorizationIsDecidedOnlyWhenEnteringAuthorization() {
        Payment auto = payment(PaymentStatus.CREATED, null, 0, 0, 0, 0, null, true, PaymentFlow.CHECKOUT);
        Transition entering = next(auto, vendor(PaymentState.AUTHORIZED, 1000, 0, 0, 0), ORDER_1000);
        assertThat(entering.captureNow()).isTrue();
        assertThat(entering.nextPollAt()).isEqualTo(NOW.plus(Duration.ofMinutes(1)));

        Payment authorized = payment(PaymentStatus.AUTHORIZED, "AUTHORIZED", 1000, 0, 0, 0, "AUTHORIZED", true,
                PaymentFlow.CHECKOUT);
        Transition later = next(authorized, vendor(PaymentState.AUTHORIZED, 1000, 1000, 0, 0), ORDER_1000);
        assertThat(later.captureNow()).isFalse();
        assertThat(later.tell()).isEqualTo(Kind.PAID);
    }

    @Test
    void eachRefundIsToldWithItsAmount() {
        Payment paid = payment(PaymentStatus.CAPTURED, "AUTHORIZED", 1000, 1000, 0, 0, "PAID", false,
                PaymentFlow.CHECKOUT);
        Transition partial = next(paid, vendor(PaymentState.AUTHORIZED, 1000, 1000, 300, 0), ORDER_1000);
        assertThat(partial.tell()).isEqualTo(Kind.REFUNDED);
        assertThat(partial.toldOutcome()).isEqualTo("REFUNDED:300");

        Payment refunded = payment(PaymentStatus.PARTIALLY_REFUNDED, "AUTHORIZED", 1000, 1000, 300, 0,
                "REFUNDED:300", false, PaymentFlow.CHECKOUT);
        Transition rest = next(refunded, vendor(PaymentState.AUTHORIZED, 1000, 1000, 1000, 0), ORDER_1000);
        assertThat(rest.status()).isEqualTo(PaymentStatus.REFUNDED);
        assertThat(rest.toldOutcome()).isEqualTo("REFUNDED:1000");
    }

    @Test
    void aSecondPaymentForAPaidOrderIsFlaggedReleasedAndNeverTold() {
        Transition transition = next(created(), vendor(PaymentState.AUTHORIZED, 1000, 0, 0, 0),
                new OrderFacts(1000L, "NOK", true, true));

        assertThat(transition.flagReason()).startsWith(TransitionRules.FLAG_DUPLICATE);
        assertThat(transition.cancelNow()).isTrue();
        assertThat(transition.tell()).isNull();
        assertThat(transition.attachBuyer()).isFalse();
    }

    @Test
    void aSupersededAttemptNeverTellsTheShopItsOrderFailed() {
        OrderFacts superseded = new OrderFacts(null, null, false, false);
        assertThat(next(created(), vendor(PaymentState.ABORTED, 0, 0, 0, 0), superseded).tell()).isNull();
        assertThat(next(created(), vendor(PaymentState.EXPIRED, 0, 0, 0, 0), ORDER_1000).tell())
                .isEqualTo(Kind.FAILED);
        assertThat(next(created(), vendor(PaymentState.ABORTED, 0, 0, 0, 0), ORDER_1000).tell())
                .isEqualTo(Kind.CANCELLED);
    }
}
