package dev.vippsmp.checkout.express;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vippsmp.checkout.payment.CheckoutRequest;
import dev.vippsmp.checkout.payment.VippsCheckout;
import dev.vippsmp.checkout.support.CheckoutIntegrationTest;
import dev.vippsmp.checkout.support.H2Statements;
import dev.vippsmp.core.payment.Payment;
import dev.vippsmp.core.payment.PaymentChanged;
import dev.vippsmp.core.payment.PaymentFlow;
import dev.vippsmp.core.payment.Trigger;
import dev.vippsmp.core.spi.PaymentOutcome.Kind;
import java.net.URI;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;

/**
 * Only an express order's attempts carry the cart it came from, so the cleanup that empties that cart once the order
 * is paid looks at the attempts for express payments only: a checkout payment's outcomes cost the attempts' table
 * nothing (express carts being emptied is {@link ExpressCheckoutTest}'s).
 */
class PaidCartCleanupStatementsTest extends CheckoutIntegrationTest {

    @Autowired
    private VippsCheckout checkout;
    @Autowired
    private ApplicationEventPublisher events;

    @Test
    void aCheckoutPaymentsOutcomeReadsNoAttemptsButAnExpressPaymentsDoes() {
        String order = shop.newOrder(9_900, false);
        checkout.start(new CheckoutRequest(order, URI.create(baseUrl()), URI.create(baseUrl() + "/orders/" + order),
                "+47 912 34 567"));
        Payment payment = payments.queries().find("co-" + order + "-1").orElseThrow();
        assertThat(payment.flow()).isEqualTo(PaymentFlow.CHECKOUT);

        H2Statements checkoutPaid = H2Statements.during(jdbc,
                () -> events.publishEvent(new PaymentChanged(payment, Kind.PAID, Trigger.WEBHOOK)));
        H2Statements expressPaid = H2Statements.during(jdbc,
                () -> events.publishEvent(new PaymentChanged(inFlow(payment, PaymentFlow.EXPRESS), Kind.PAID,
                        Trigger.WEBHOOK)));

        assertThat(checkoutPaid.on("vipps_checkout_attempt")).isZero();
        assertThat(expressPaid.on("vipps_checkout_attempt")).isEqualTo(1);
    }

    private static Payment inFlow(Payment p, PaymentFlow flow) {
        return new Payment(p.id(), p.orderId(), p.reference(), p.attempt(), flow, p.amountMinor(), p.currency(),
                p.status(), p.vendorState(), p.authorizedMinor(), p.capturedMinor(), p.refundedMinor(),
                p.cancelledMinor(), p.shippingMinor(), p.flagged(), p.flagReason(), p.toldOutcome(), p.redirectUrl(),
                p.captureOnAuthorization(), p.version(), p.createdAt(), p.updatedAt(), p.nextPollAt(), p.pollCount());
    }
}
