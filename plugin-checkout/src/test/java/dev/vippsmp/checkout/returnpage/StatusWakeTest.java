package dev.vippsmp.checkout.returnpage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vippsmp.checkout.payment.CheckoutRequest;
import dev.vippsmp.checkout.payment.VippsCheckout;
import dev.vippsmp.checkout.support.CheckoutIntegrationTest;
import dev.vippsmp.checkout.support.H2Statements;
import dev.vippsmp.checkout.support.Simulator;
import dev.vippsmp.checkout.support.WebClient;
import dev.vippsmp.core.payment.Payment;
import dev.vippsmp.core.payment.PaymentChanged;
import dev.vippsmp.core.payment.PaymentStatus;
import dev.vippsmp.core.payment.Trigger;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.test.context.TestPropertySource;

/**
 * A status request that waits, woken by a change of the order's payment on this node, answers with the payment as
 * the change stored it: the order's payments are read once, before the wait, and not again after it. The first
 * read of the vendor is put far off, so that only the wake can end the wait early and no read of the vendor (and
 * of the stored payment after it) comes into the count, however slow the machine.
 */
@TestPropertySource(properties = {"vipps.checkout.status-wait=1s", "vipps.checkout.first-status-check=10m"})
class StatusWakeTest extends CheckoutIntegrationTest {

    @Autowired
    private VippsCheckout checkout;
    @Autowired
    private ApplicationEventPublisher events;

    @Test
    void aWaitEndedByAChangeAnswersWithTheChangedPaymentAndReadsNothingMore() throws InterruptedException {
        String order = shop.newOrder(9_900, false);
        checkout.start(new CheckoutRequest(order, URI.create(baseUrl()), URI.create(baseUrl() + "/orders/" + order),
                "+47 912 34 567"));
        String reference = "co-" + order + "-1";
        String returnPath = Simulator.control().payment(reference).get("returnUrl").asString()
                .substring(baseUrl().length());
        WebClient visitor = visitor();
        assertThat(visitor.get(returnPath).status()).isEqualTo(200);
        // What a completion on this node publishes. The stored payment is left as it was, so an answer read from the
        // database would still be WAITING.
        Payment stored = payments.queries().find(reference).orElseThrow();
        PaymentChanged authorized = new PaymentChanged(withStatus(stored, PaymentStatus.AUTHORIZED), null,
                Trigger.WEBHOOK);

        String[] answer = new String[1];
        H2Statements statements = H2Statements.during(jdbc, () -> {
            CompletableFuture<String> status = CompletableFuture.supplyAsync(
                    () -> visitor.get(returnPath + "/status?wait=true").body());
            // Until the request has taken its signal, a change wakes nobody; so the change is told until it answers.
            while (!status.isDone()) {
                events.publishEvent(authorized);
                LockSupport.parkNanos(Duration.ofMillis(20).toNanos());
            }
            answer[0] = status.join();
        });

        assertThat(answer[0]).contains("\"state\":\"PAID\"");
        assertThat(payments.queries().find(reference).orElseThrow().status()).isEqualTo(PaymentStatus.CREATED);
        assertThat(statements.on("vipps_payment")).isEqualTo(1);
        assertThat(statements.on("vipps_checkout_attempt")).isZero();
    }

    private static Payment withStatus(Payment p, PaymentStatus status) {
        return new Payment(p.id(), p.orderId(), p.reference(), p.attempt(), p.flow(), p.amountMinor(), p.currency(),
                status, p.vendorState(), p.amountMinor(), p.capturedMinor(), p.refundedMinor(), p.cancelledMinor(),
                p.shippingMinor(), p.flagged(), p.flagReason(), p.toldOutcome(), p.redirectUrl(),
                p.captureOnAuthorization(), p.version() + 1, p.createdAt(), p.updatedAt(), p.nextPollAt(),
                p.pollCount());
    }
}
