package dev.vippsmp.checkout.returnpage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

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
 * The return page's script asks for the status again and again while the buyer waits, so each of its requests is
 * one read of the order's payments and no read of the attempt once the node has found it (its order never changes):
 * the signal it waits on is the order's, and needs no read of its own first, and a wait that a change ends answers
 * with the payment as the change stored it, without reading it again. Counted by the database itself (H2's query
 * statistics), whatever issues the statements.
 */
@TestPropertySource(properties = "vipps.checkout.status-wait=1s")
class StatusStatementsTest extends CheckoutIntegrationTest {

    @Autowired
    private VippsCheckout checkout;
    @Autowired
    private ApplicationEventPublisher events;

    @Test
    void aStatusRequestReadsThePaymentsOnceAndTheAttemptNotAgain() {
        String order = shop.newOrder(9_900, false);
        checkout.start(new CheckoutRequest(order, URI.create(baseUrl()), URI.create(baseUrl() + "/orders/" + order),
                "+47 912 34 567"));
        String returnUrl = Simulator.control().payment("co-" + order + "-1").get("returnUrl").asString();
        String statusPath = returnUrl.substring(baseUrl().length()) + "/status?wait=true";
        WebClient visitor = visitor();
        Simulator.control().complete("co-" + order + "-1", "{}");
        await().atMost(Duration.ofSeconds(10)).until(() -> visitor.get(statusPath).body().contains("\"done\":true"));

        H2Statements statements = H2Statements.during(jdbc, () ->
                assertThat(visitor.get(statusPath).body()).contains("\"done\":true"));

        assertThat(statements.on("vipps_checkout_attempt")).isZero();
        assertThat(statements.on("vipps_payment")).isEqualTo(1);
    }

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
